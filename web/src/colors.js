// One colour per PLOVER type: material conflict in reds and oranges, verbal conflict
// in purples, cooperation in blues and greens (colour-blind safe enough with labels).
export const TYPES = [
  "ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE", "PROTEST", "REJECT", "ACCUSE",
  "REQUEST", "RETREAT", "AID", "COOPERATE", "CONCEDE", "SUPPORT", "CONSULT", "AGREE",
];

const PALETTE = {
  ASSAULT: "#c0392b", COERCE: "#e8590c", THREATEN: "#d9480f", SANCTION: "#a61e4d",
  MOBILIZE: "#f08c00", PROTEST: "#ae3ec9", REJECT: "#7048e8", ACCUSE: "#9c36b5",
  REQUEST: "#4263eb", RETREAT: "#868e96", AID: "#2b8a3e", COOPERATE: "#1971c2",
  CONCEDE: "#5c940d", SUPPORT: "#0c8599", CONSULT: "#3b5bdb", AGREE: "#2f9e44",
};

export function colorOf(type) {
  return PALETTE[String(type || "").toUpperCase()] || "#495057";
}
