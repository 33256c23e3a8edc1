/** A failure of the local Neo4j runner, worded for the person running it: the CLIs print only its message. */
export class Neo4jRunnerError extends Error {}
