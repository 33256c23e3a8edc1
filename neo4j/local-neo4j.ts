// Runs Neo4j Community from Maven Central as a plain JVM process: no Docker, no tarball.
// This module is the runner's public face; each concern has its own module:
//   runner-options  ports and memory sizes, from the environment or from callers, checked
//   classpath       Java and Maven prerequisites, and the jars Maven resolves once (cached)
//   home-files      the files of a home: paths, password, pid and ports files, neo4j.conf
//   processes       which process is this home's Neo4j, signals, ports
//   start-lock      the lock that keeps two starts from spawning two JVMs on one store
//   start, stop, status
export { checkJava, checkPrerequisites, resolveClasspath } from './classpath.js';
export { type HomePaths, homePaths, readPassword } from './home-files.js';
export {
  freePort,
  isNeo4jProcess,
  JitCpuMeter,
  jitThreadCpuSeconds,
  processCpuSeconds,
  threadCpuByGroup,
  threadCpuSeconds,
} from './processes.js';
export { Neo4jRunnerError } from './runner-error.js';
export {
  DEFAULT_JIT,
  JIT_MODES,
  type JitMode,
  jitFlags,
  memorySizeFromEnv,
  optionsFromEnv,
  portFromEnv,
  type RunnerSettings,
} from './runner-options.js';
export { NEO4J_USER, type RunnerOptions, type RunningNeo4j, startNeo4j } from './start.js';
export { type Neo4jStatus, neo4jStatus } from './status.js';
export { stopNeo4j } from './stop.js';
