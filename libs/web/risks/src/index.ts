// Routes only: the portfolio page loads lazily from them. The initiative page's section has its own entry point
// (@gevinst/web/risks/initiative), so neither pulls the other's code into its chunk.
export { riskRoutes } from './lib/risks.routes';
// The 5×5 matrix (an accessible table) and its legend, for the management dashboard.
export { RiskHeatMap } from './lib/heat-map/risk-heat-map';
export { RiskBandLegend } from './lib/heat-map/risk-band-legend';
