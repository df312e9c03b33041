// Page geometry in PDF points. GB/T 9704-2012 (SPEC §8.1): A4, 天头 37 mm, 订口 28 mm, 版心
// 156 × 225 mm, 22 lines × 28 characters; page number 一字线 7 mm below the type area.

export const MM = 72 / 25.4;
export const mm = (x: number) => x * MM;

export const A4 = { width: mm(210), height: mm(297) };

export const GB9704 = {
  top: mm(37),
  left: mm(28),
  width: mm(156),
  height: mm(225),
  lines: 22,
  chars: 28,
  /** 225 mm / 22 ≈ 28.99 pt. */
  linePitch: mm(225) / 22,
  /** 156 mm / 28 ≈ 15.79 pt: a 3号 (16 pt) character with −0.21 pt tracking. */
  charPitch: mm(156) / 28,
  pageNumberDrop: mm(7),
};

export interface Frame {
  x: number;
  top: number;
  width: number;
  bottom: number;
}

/**
 * The sheet and type area of a page (points, from the top left). Landscape mirrors the portrait
 * margins across the diagonal: the 订口 (28 mm, binding side) becomes the top margin and the 天头
 * (37 mm) the left, so a turned list bound into a portrait book keeps the binding margin at the bound
 * edge; the type area is 225 × 156 mm. The DOCX renderer takes its margins from here too.
 */
export function pageGeometry(orientation: 'portrait' | 'landscape' = 'portrait'): { width: number; height: number; frame: Frame } {
  if (orientation === 'landscape') {
    return { width: A4.height, height: A4.width, frame: { x: GB9704.top, top: GB9704.left, width: GB9704.height, bottom: GB9704.left + GB9704.width } };
  }
  return { width: A4.width, height: A4.height, frame: { x: GB9704.left, top: GB9704.top, width: GB9704.width, bottom: GB9704.top + GB9704.height } };
}

/** A page's four margins (points): the sheet outside its type area. */
export function pageMargins(g: ReturnType<typeof pageGeometry>): { top: number; right: number; bottom: number; left: number } {
  return { top: g.frame.top, left: g.frame.x, right: g.width - g.frame.x - g.frame.width, bottom: g.height - g.frame.bottom };
}

/** Chinese point sizes (号). */
export const SIZE = { er: 22, xiaoer: 18, san: 16, xiaosan: 15, si: 14, xiaosi: 12, wu: 10.5 } as const;

/** The four-part slip: two parts per A4 sheet, each 210 × 148.5 mm (SPEC §6.3). */
export const SLIP = {
  partHeight: mm(148.5),
  left: mm(14),
  right: mm(10),
  top: mm(10),
  bottom: mm(9),
  strip: mm(10),
  stripGap: mm(2),
};
