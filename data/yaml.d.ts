// `data/depin.yaml` is turned into validated data by plugins/sector-map.ts.
declare module '*/depin.yaml' {
  const data: import('./schema').SectorMap
  export default data
}
