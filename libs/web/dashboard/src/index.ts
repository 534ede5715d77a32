// Routes only: the dashboard page loads lazily from them, and its charts load later still (@defer).
export { dashboardRoutes } from './lib/dashboard.routes';
