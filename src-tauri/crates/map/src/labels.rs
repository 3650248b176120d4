//! Where a name goes beside its mark: the first of a few positions around it that overlaps no name already
//! placed, the legend or the scale bar, and stays inside the frame. Names close together (Bazargan beside
//! Gürbulak, IKA beside Tehran) then sit apart instead of on top of each other.

/// A box in map units.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LabelBox {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl LabelBox {
    fn overlaps(&self, o: &LabelBox) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }
}

/// Where to write a name: the text's anchor point and SVG `text-anchor`.
pub(crate) struct Placement {
    pub x: f64,
    pub y: f64,
    pub anchor: &'static str,
}

/// Text is not measured (the map has no fonts); an average advance of this share of the font size is a little
/// generous for Latin and about right for Persian and Arabic.
const ADVANCE: f64 = 0.58;

pub(crate) struct Placer {
    taken: Vec<LabelBox>,
    width: f64,
    height: f64,
}

impl Placer {
    pub fn new(width: f64, height: f64) -> Self {
        Placer {
            taken: Vec::new(),
            width,
            height,
        }
    }

    /// Keeps names off `b` (the legend, the scale bar, a mark).
    pub fn reserve(&mut self, b: LabelBox) {
        self.taken.push(b);
    }

    /// A place for `text` at `size` beside a mark at (x, y) with radius `r`.
    pub fn place(&mut self, x: f64, y: f64, r: f64, text: &str, size: f64) -> Placement {
        let w = text.chars().count() as f64 * size * ADVANCE;
        let gap = r + 3.0;
        // (dx, dy of the baseline from the mark, anchor), in order of preference: right, left, above, below.
        let candidates: [(f64, f64, &'static str); 8] = [
            (gap, -gap + size * 0.1, "start"),
            (gap, gap + size * 0.8, "start"),
            (-gap, -gap + size * 0.1, "end"),
            (-gap, gap + size * 0.8, "end"),
            (0.0, -gap - 2.0, "middle"),
            (0.0, gap + size, "middle"),
            (gap, size * 0.35, "start"),
            (-gap, size * 0.35, "end"),
        ];
        let bounds = |(dx, dy, anchor): (f64, f64, &str)| {
            let (tx, ty) = (x + dx, y + dy);
            let x0 = match anchor {
                "start" => tx,
                "end" => tx - w,
                _ => tx - w / 2.0,
            };
            LabelBox {
                x0,
                y0: ty - size * 0.8,
                x1: x0 + w,
                y1: ty + size * 0.25,
            }
        };
        let fits = |b: &LabelBox| {
            b.x0 >= 2.0
                && b.y0 >= 2.0
                && b.x1 <= self.width - 2.0
                && b.y1 <= self.height - 2.0
                && !self.taken.iter().any(|t| t.overlaps(b))
        };
        let chosen = candidates
            .iter()
            .copied()
            .find(|&c| fits(&bounds(c)))
            .unwrap_or(candidates[0]);
        self.taken.push(bounds(chosen));
        Placement {
            x: x + chosen.0,
            y: y + chosen.1,
            anchor: chosen.2,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_name_at_the_same_place_goes_elsewhere() {
        let mut placer = Placer::new(1000.0, 500.0);
        let first = placer.place(500.0, 250.0, 4.0, "Bazargan", 13.0);
        let second = placer.place(502.0, 251.0, 4.0, "Gürbulak", 13.0);
        assert!((first.x, first.y, first.anchor) != (second.x, second.y, second.anchor));
    }

    #[test]
    fn a_name_at_the_right_edge_is_written_to_the_left() {
        let mut placer = Placer::new(1000.0, 500.0);
        let p = placer.place(990.0, 250.0, 4.0, "Home, Tehran", 13.0);
        assert_eq!(p.anchor, "end");
        assert!(p.x < 990.0);
    }
}
