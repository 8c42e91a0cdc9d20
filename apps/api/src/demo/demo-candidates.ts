/**
 * Demo applicants for a BPO hiring in Manila, Cebu, Bogotá and Monterrey: deterministic (same
 * names every seed) so that screenshots and docs stay stable.
 */
const firstNames = [
  'Maria',
  'Jose',
  'Angelica',
  'Mark',
  'Kristine',
  'John Paul',
  'Camille',
  'Rafael',
  'Jasmine',
  'Carlo',
  'Patricia',
  'Miguel',
  'Andrea',
  'Daniel',
  'Nicole',
  'Luis',
  'Valentina',
  'Santiago',
  'Camila',
  'Diego',
  'Sofia',
  'Alejandro',
  'Priya',
  'Arjun',
  'Fatima',
  'Kevin',
  'Aisha',
  'Bianca',
  'Gabriel',
  'Ramon',
];
const lastNames = [
  'Santos',
  'Reyes',
  'Cruz',
  'Bautista',
  'Garcia',
  'Mendoza',
  'Torres',
  'Villanueva',
  'Ramos',
  'Aquino',
  'Rodríguez',
  'Martínez',
  'Gómez',
  'López',
  'Hernández',
  'Castillo',
  'Navarro',
  'Flores',
  'Dela Cruz',
  'Pascual',
  'Sharma',
  'Nair',
  'Okafor',
  'Morales',
  'Ortiz',
  'Salazar',
  'Domingo',
  'Fernandez',
  'Ocampo',
  'Rivera',
];
const phonePrefixes = ['+63 917', '+63 918', '+57 310', '+52 81', '+63 932'];

export interface DemoCandidate {
  name: string;
  email: string;
  phone: string | null;
  createdAt: Date;
}

export const DEMO_CANDIDATE_COUNT = 64;

export function demoCandidates(now: Date): DemoCandidate[] {
  return Array.from({ length: DEMO_CANDIDATE_COUNT }, (_, index) => {
    const first = firstNames[(index * 7) % firstNames.length] ?? 'Alex';
    const last = lastNames[(index * 11 + Math.floor(index / 30)) % lastNames.length] ?? 'Doe';
    const local = `${first}.${last}`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/\s+/g, '')
      .toLowerCase();
    const prefix = phonePrefixes[index % phonePrefixes.length] ?? '+1 555';
    const line = String(1000000 + ((index * 7919) % 8999999)).slice(-7);
    return {
      name: `${first} ${last}`,
      email: `${local}${index > 29 ? index : ''}@example.com`,
      // A few applicants leave the phone blank, as real ones do.
      phone: index % 9 === 4 ? null : `${prefix} ${line.slice(0, 3)} ${line.slice(3)}`,
      // Newest last: the newer half a few hours apart (the last three weeks), the older half
      // 3.5 days further apart, back about five months, so Calibration's trend has months to show.
      createdAt: new Date(
        now.getTime() -
          ((DEMO_CANDIDATE_COUNT - index) * 15.5 + Math.max(0, 32 - index) * 84) * 60 * 60 * 1000,
      ),
    };
  });
}

/** How many applicants the summer intake class of the night-shift program had. */
export const PAST_CLASS_SIZE = 90;

/**
 * The summer intake class: applicants of four months ago whose hires have finished nesting and
 * passed 90 days, so the Validity page has outcomes to compare with. Other names than the
 * current applicants' (a different walk through the same lists), a day or two apart.
 */
export function pastClassCandidates(now: Date): DemoCandidate[] {
  // No name twice across the demo: a search for a name finds one person.
  const taken = new Set(demoCandidates(now).map((candidate) => candidate.name));
  let walk = 0;
  const nextName = () => {
    for (;;) {
      const first = firstNames[(walk * 13 + 5) % firstNames.length] ?? 'Alex';
      const last = lastNames[(walk * 17 + 3 + Math.floor(walk / 30)) % lastNames.length] ?? 'Doe';
      walk += 1;
      if (!taken.has(`${first} ${last}`)) {
        taken.add(`${first} ${last}`);
        return { first, last };
      }
    }
  };
  return Array.from({ length: PAST_CLASS_SIZE }, (_, index) => {
    const { first, last } = nextName();
    const local = `${first}.${last}`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/\s+/g, '')
      .toLowerCase();
    const prefix = phonePrefixes[(index + 2) % phonePrefixes.length] ?? '+1 555';
    const line = String(1000000 + ((index * 6271 + 911) % 8999999)).slice(-7);
    return {
      name: `${first} ${last}`,
      email: `${local}.${200 + index}@example.com`,
      phone: index % 11 === 6 ? null : `${prefix} ${line.slice(0, 3)} ${line.slice(3)}`,
      // 140 to 111 days ago, about eight hours apart.
      createdAt: new Date(now.getTime() - (140 * 24 - index * 7.8) * 60 * 60 * 1000),
    };
  });
}
