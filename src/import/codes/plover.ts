/**
 * The PLOVER event categories: name, quad class, label, one category a line, tab-separated.
 *
 * Source: "PLOVER: Political Language Ontology for Verifiable Event Records. Event, Actor and
 * Data Interchange Specification", Open Event Data Alliance, draft 0.7b1
 * (https://github.com/openeventdata/PLOVER, PLOVER_MANUAL.tex), CC BY-SA 4.0: the categories of
 * its chapter "Event Categories" and their quad classes from its table "Quad categories in
 * PLOVER". That table puts SANCTION among verbal conflict and PROTEST among material conflict,
 * and INVESTIGATE among material cooperation; a record's own `quad_code` is used where it has one.
 */
export const PLOVER_CATEGORIES = `AGREE	verbal-cooperation	Agree
CONSULT	verbal-cooperation	Consult
SUPPORT	verbal-cooperation	Support
CONCEDE	verbal-cooperation	Concede
COOPERATE	material-cooperation	Cooperate
AID	material-cooperation	Aid
RETREAT	material-cooperation	Retreat
INVESTIGATE	material-cooperation	Investigate
DEMAND	verbal-conflict	Demand
ACCUSE	verbal-conflict	Accuse
REJECT	verbal-conflict	Reject
SANCTION	verbal-conflict	Sanction
THREATEN	verbal-conflict	Threaten
PROTEST	material-conflict	Protest
MOBILIZE	material-conflict	Mobilize
COERCE	material-conflict	Coerce
ASSAULT	material-conflict	Assault`
