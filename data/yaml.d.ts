// `data/depin.yaml` is turned into validated data by data/vite-plugin.ts.
declare module '*/depin.yaml' {
  const data: import('./schema').SectorMap
  export default data
}
