import neo4j from 'neo4j-driver';
const [, , ...specs] = process.argv;
const d = neo4j.driver(process.env.NEO4J_TEST_URI!, neo4j.auth.basic('neo4j', process.env.NEO4J_TEST_PASSWORD!));
for (const spec of specs) {
  const [modulePath, exportName, paramsJson] = spec.split('|');
  const query = (await import(modulePath!))[exportName!];
  const params = JSON.parse(paramsJson ?? '{}');
  const times: number[] = [];
  for (let i = 0; i < 40; i++) {
    const s = d.session({ defaultAccessMode: neo4j.session.READ });
    const t0 = performance.now();
    await s.executeRead((tx) => tx.run(query.text, params));
    times.push(performance.now() - t0);
    await s.close();
  }
  times.sort((a, b) => a - b);
  console.log(modulePath!.replace(/.*(main-check|model).*\/(\w[\w-]*)\.ts/, '$1 $2'), exportName, 'p50', times[20]!.toFixed(1), 'p90', times[36]!.toFixed(1));
}
await d.close();
