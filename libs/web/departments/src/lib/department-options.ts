import type { Department } from '@gevinst/domain';

/** A department placed in tree order, with its depth for indenting it in a select. */
export interface DepartmentOption {
  id: string;
  name: string;
  code: string;
  depth: number;
}

const byName = (a: Department, b: Department) => a.name.localeCompare(b.name, 'da');

/**
 * Orders the flat list depth-first (each parent followed by its children, siblings by name).
 * Departments whose parent is unknown are shown as roots; a cycle cannot loop forever.
 */
export function toDepartmentOptions(departments: readonly Department[]): DepartmentOption[] {
  const ids = new Set(departments.map((d) => d.id));
  const children = new Map<string | null, Department[]>();
  for (const department of departments) {
    const parent = department.parentId && ids.has(department.parentId) ? department.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), department]);
  }
  const result: DepartmentOption[] = [];
  const visited = new Set<string>();
  const visit = (parentId: string | null, depth: number) => {
    for (const department of [...(children.get(parentId) ?? [])].sort(byName)) {
      if (visited.has(department.id)) continue;
      visited.add(department.id);
      result.push({ id: department.id, name: department.name, code: department.code, depth });
      visit(department.id, depth + 1);
    }
  };
  visit(null, 0);
  // Members of a parent cycle are never reached from a root; list them flat rather than drop them.
  for (const department of [...departments].sort(byName)) {
    if (!visited.has(department.id)) {
      visited.add(department.id);
      result.push({ id: department.id, name: department.name, code: department.code, depth: 0 });
    }
  }
  return result;
}
