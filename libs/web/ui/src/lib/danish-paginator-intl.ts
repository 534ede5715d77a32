import { Injectable } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';

const numberFormat = new Intl.NumberFormat('da-DK');

/** Danish paginator texts: "Rækker pr. side", "1–25 af 120". */
@Injectable()
export class DanishPaginatorIntl extends MatPaginatorIntl {
  override itemsPerPageLabel = 'Rækker pr. side';
  override nextPageLabel = 'Næste side';
  override previousPageLabel = 'Forrige side';
  override firstPageLabel = 'Første side';
  override lastPageLabel = 'Sidste side';

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0 || pageSize === 0) return `0 af ${numberFormat.format(length)}`;
    const start = page * pageSize;
    const end = Math.min(start + pageSize, length);
    return `${numberFormat.format(start + 1)}–${numberFormat.format(end)} af ${numberFormat.format(length)}`;
  };
}
