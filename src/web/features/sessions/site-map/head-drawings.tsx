/**
 * The line drawings under the site markers: a head from the front, a head in profile (drawn for
 * the right side; the left side is its mirror image) and the back of the head, neck and
 * shoulders. Hand-drawn paths in each view's own units (see site-layout.ts VIEWS); decorative,
 * so hidden from assistive technology by the map. Muscle areas are shaded faintly.
 */
import type { ViewId } from "./site-layout.ts";

function FrontHead() {
  return (
    <>
      {/* Frontalis across the forehead, the temples at its sides. */}
      <path className="head__muscle" d="M42,106 C44,62 82,44 130,44 C178,44 216,62 218,106 C190,97 160,94 130,94 C100,94 70,97 42,106 Z" />
      <path className="head__muscle" d="M22,98 C30,102 40,110 44,128 C38,142 30,148 22,150 C19,132 19,114 22,98 Z" />
      <path className="head__muscle" d="M238,98 C230,102 220,110 216,128 C222,142 230,148 238,150 C241,132 241,114 238,98 Z" />
      <path className="head__outline" d="M130,14 C196,14 240,58 240,124 C240,176 232,214 212,250 C192,286 164,312 130,314 C96,312 68,286 48,250 C28,214 20,176 20,124 C20,58 64,14 130,14 Z" />
      {/* Ears */}
      <path className="head__line" d="M22,150 C10,146 6,168 10,184 C13,196 20,204 28,204" />
      <path className="head__line" d="M238,150 C250,146 254,168 250,184 C247,196 240,204 232,204" />
      {/* Hairline */}
      <path className="head__soft" d="M28,96 C36,50 80,30 130,30 C180,30 224,50 232,96" />
      <g transform="translate(-10 0)">
        {/* Brows */}
        <path className="head__brow" d="M124,128 C112,121 92,118 76,121 C68,123 62,127 58,132" />
        <path className="head__brow" d="M156,128 C168,121 188,118 204,121 C212,123 218,127 222,132" />
        {/* Eyes */}
        <path className="head__line" d="M68,158 C78,148 102,148 114,158 C102,165 80,165 68,158 Z" />
        <path className="head__line" d="M212,158 C202,148 178,148 166,158 C178,165 200,165 212,158 Z" />
        <circle className="head__pupil" cx="91" cy="157" r="4" />
        <circle className="head__pupil" cx="189" cy="157" r="4" />
        {/* Nose */}
        <path className="head__line" d="M132,146 C130,170 124,190 120,204 C124,212 132,214 140,212 C148,214 156,212 160,204 C156,190 150,170 148,146" />
        {/* Mouth */}
        <path className="head__line" d="M112,244 C124,250 156,250 168,244" />
        <path className="head__soft" d="M120,256 C132,262 148,262 160,256" />
      </g>
    </>
  );
}

/** The right side, face to the right. */
function SideHead() {
  return (
    <>
      {/* Temporalis: the fan over the side of the skull, above and in front of the ear. */}
      <path className="head__muscle" d="M40,118 C34,74 66,36 112,34 C148,34 172,52 176,84 C178,110 170,130 156,146 C138,150 116,150 100,140 C82,132 56,130 40,118 Z" />
      <path className="head__outline" d="M100,16 C150,14 178,42 182,92 L184,110 C184,116 178,118 178,124 L195,150 C197,156 192,160 184,160 C186,166 187,170 184,173 C186,178 183,182 181,185 C185,190 183,196 180,200 C180,212 172,220 150,222 C142,226 138,236 138,250" />
      <path className="head__outline" d="M100,16 C50,16 20,56 20,104 C20,140 34,170 58,196 C64,212 66,232 66,250" />
      {/* Ear */}
      <path className="head__line" d="M88,128 C74,124 66,136 68,152 C70,166 76,176 88,176 C96,176 98,168 96,160 C100,152 102,136 88,128 Z" />
      <path className="head__soft" d="M84,140 C78,146 80,158 86,164" />
      {/* Brow and eye */}
      <path className="head__brow" d="M156,114 C166,109 174,109 180,112" />
      <path className="head__line" d="M160,130 C166,125 172,125 176,129" />
      {/* Cheekbone */}
      <path className="head__soft" d="M104,160 C122,156 146,156 166,160" />
    </>
  );
}

function BackBody() {
  return (
    <>
      {/* Occipitalis above the occipital ridge; trapezius over the shoulders. */}
      <path className="head__muscle" d="M128,150 C134,110 170,84 220,84 C270,84 306,110 312,150 C300,166 272,170 248,164 C236,160 228,158 220,158 C212,158 204,160 192,164 C168,170 140,166 128,150 Z" />
      <path className="head__muscle" d="M170,250 C190,270 206,300 220,360 C234,300 250,270 270,250 C300,262 360,270 404,296 C412,310 414,330 414,350 C360,346 300,350 220,372 C140,350 80,346 26,350 C26,330 28,310 36,296 C80,270 140,262 170,250 Z" />
      {/* Head and ears */}
      <path className="head__outline" d="M220,10 C282,10 324,56 324,118 C324,158 308,186 278,204" />
      <path className="head__outline" d="M220,10 C158,10 116,56 116,118 C116,158 132,186 162,204" />
      <path className="head__line" d="M323,108 C336,108 340,128 336,146 C333,158 328,164 320,164" />
      <path className="head__line" d="M117,108 C104,108 100,128 104,146 C107,158 112,164 120,164" />
      {/* Occipital ridge and the protuberance */}
      <path className="head__soft" d="M134,176 C166,166 194,162 210,162 C214,154 226,154 230,162 C246,162 274,166 306,176" />
      {/* Hairline at the nape */}
      <path className="head__soft" d="M168,200 C196,210 244,210 272,200" />
      {/* Neck, shoulders and arms */}
      <path className="head__outline" d="M168,196 C170,220 170,240 166,252 C140,262 100,268 66,276 C44,282 34,296 30,318 C26,340 24,370 22,414" />
      <path className="head__outline" d="M272,196 C270,220 270,240 274,252 C300,262 340,268 374,276 C396,282 406,296 410,318 C414,340 416,370 418,414" />
      {/* Spine */}
      <path className="head__soft head__dotted" d="M220,196 L220,414" />
    </>
  );
}

/** Muscle names where the drawing has room (corrugator and procerus are named by the editor and the markers). */
export function ViewLabels({ view }: { readonly view: ViewId }) {
  switch (view) {
    case "front":
      return (
        <text className="head__label" x={130} y={40} textAnchor="middle">
          Frontalis
        </text>
      );
    case "right":
      return (
        <text className="head__label" x={106} y={146}>
          Temporalis
        </text>
      );
    case "left":
      return (
        <text className="head__label" x={94} y={146} textAnchor="end">
          Temporalis
        </text>
      );
    case "back":
      return (
        <>
          <text className="head__label" x={334} y={86}>
            Occipitalis
          </text>
          <text className="head__label" x={282} y={240}>
            Cervical paraspinal
          </text>
          <text className="head__label" x={330} y={406} textAnchor="middle">
            Trapezius
          </text>
        </>
      );
  }
}

/** The drawing for one view. */
export function ViewDrawing({ view, width }: { readonly view: ViewId; readonly width: number }) {
  switch (view) {
    case "front":
      return <FrontHead />;
    case "back":
      return <BackBody />;
    case "right":
      return <SideHead />;
    case "left":
      return (
        <g transform={`translate(${width} 0) scale(-1 1)`}>
          <SideHead />
        </g>
      );
  }
}
