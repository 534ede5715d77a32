export { type DepartmentOption, toDepartmentOptions } from './lib/department-options';
export { DepartmentsStore } from './lib/departments-store';
