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
