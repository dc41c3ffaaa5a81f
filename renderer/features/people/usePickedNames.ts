// Names for the ids a PersonPicker's form field holds: the field keeps ids (what the backend
// takes), the picker shows names, learnt from the record and from each pick.
import { useState } from 'react';
import type { PickedPerson } from './PersonPicker';

export function usePickedNames(initial: PickedPerson[]) {
  const [names, setNames] = useState(() => new Map(initial.map((person) => [person.id, person.name])));
  const people = (ids: number[]) => ids.map((id) => ({ id, name: names.get(id) ?? `Record ${id}` }));
  const learn = (picked: PickedPerson[]) =>
    setNames((known) => new Map([...known, ...picked.map((person) => [person.id, person.name] as const)]));
  return { people, learn };
}
