/** Shown wherever scores appear: a local aid to discussion, not the national tool. */
export const PRIORITISATION_DISCLAIMER =
  'This is a local prioritisation aid in the spirit of MoRiLE and OCG Mapping. It is not the national OCG Mapping (OCGM) tool, its scores are not OCGM scores, and it does not replace the force\u2019s formal OCG mapping process.';
