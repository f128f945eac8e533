// How the frames read a word and a unit: for each word (by its number, words.ts), the frames that
// read it as their thing, their act, or a word that rules them out; for each unit, the frames that
// take it. Read once per word and per unit, so that scoring a figure (frame-match.ts) goes through its
// words once, not once for every frame.
import { FRAMES } from './frames/index.ts';
import { groupsOf, type Group } from './words.ts';

// Things every frame may stand beside without naming the figure: a count of firms is of 企业.
const WEAK_THINGS: readonly Group[] = ['enterprise'];
const ALL_THINGS = new Set<Group>([...FRAMES.flatMap((f) => f.thing).filter((g) => !WEAK_THINGS.includes(g)), 'otherThing']);
const COUNTS = ['家', '个', '项', '件'];

/** The frames that read a word (through any of its groups) as their thing, their act, or a word that rules them out (by their place in FRAMES). */
export interface Roles {
  thing: number[];
  act: number[];
  not: number[];
  bareNot: number[];
  anyThing: boolean; // a thing of some frame, or another thing
  thingGroups: Group[]; // its groups that are such things
  elsewhere: boolean;
  countsOther: boolean; // what a figure right before it counts, and no frame does ("七个方面")
  zone: boolean; // a zone among the platforms (高新区), a place where a name stands before it
}
const ROLES_OF_GROUP = new Map<Group, Pick<Roles, 'thing' | 'act' | 'not' | 'bareNot'>>();
FRAMES.forEach((frame, k) => {
  const add = (groups: readonly Group[] | undefined, role: 'thing' | 'act' | 'not' | 'bareNot') => {
    for (const g of groups ?? []) {
      let roles = ROLES_OF_GROUP.get(g);
      if (!roles) ROLES_OF_GROUP.set(g, (roles = { thing: [], act: [], not: [], bareNot: [] }));
      if (!roles[role].includes(k)) roles[role].push(k);
    }
  };
  add(frame.thing, 'thing');
  add(frame.act ?? frame.alsoAct, 'act');
  add(frame.not, 'not');
  add(frame.bareNot, 'bareNot');
});
const rolesOfWord: (Roles | undefined)[] = []; // by the word's number
export function rolesOf(word: number): Roles {
  let roles = rolesOfWord[word];
  if (!roles) {
    const groups = groupsOf(word);
    const union = (role: 'thing' | 'act' | 'not' | 'bareNot') =>
      [...new Set(groups.flatMap((g) => ROLES_OF_GROUP.get(g)?.[role] ?? []))];
    const thing = union('thing'), act = union('act'), not = union('not'), bareNot = union('bareNot');
    const thingGroups = groups.filter((g) => ALL_THINGS.has(g));
    roles = {
      thing, act, not, bareNot,
      anyThing: thingGroups.length > 0,
      thingGroups,
      elsewhere: groups.includes('elsewhere'),
      countsOther: groups.includes('aspect'),
      zone: groups.includes('zoneThing'),
    };
    rolesOfWord[word] = roles;
  }
  return roles;
}

const TAKES_UNIT = new Map<string, boolean[]>();
/** Whether each frame (by its place in FRAMES) takes a unit; a count's frame takes a figure with no unit. */
export function framesTaking(unit: string): boolean[] {
  let takes = TAKES_UNIT.get(unit);
  if (!takes) {
    takes = FRAMES.map((f) => (unit === '' ? f.units.some((u) => COUNTS.includes(u)) : f.units.includes(unit)));
    TAKES_UNIT.set(unit, takes);
  }
  return takes;
}
