/** A department (forvaltning / område) of the organisation; parentId builds the tree. */
export interface Department {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
}
