import type { ApiError } from '@gevinst/domain';
import { knownRule, toDanishMessage } from './portfolio-messages';

const error = (statusCode: number, message: string, code = 'INVALID_STATE'): ApiError => ({ statusCode, code, message });

describe('portfolio messages in Danish', () => {
  it.each([
    ['The name is already used by another steering group', 'Navnet bruges allerede af en anden styregruppe'],
    ['A project-level group cannot report to a department-level group', 'En gruppe på projektniveau kan ikke referere til en gruppe på forvaltningsniveau'],
    ['2 initiative(s) are assigned to the group; assign them to another group first', '2 initiativer er tilknyttet gruppen. Flyt dem til en anden gruppe først.'],
    ['1 group(s) report to this group; move or delete them first', '1 gruppe refererer til gruppen. Flyt eller slet dem først.'],
    ['The parent reports (directly or further up) to this group: that would make a cycle', 'Den valgte gruppe refererer selv til denne gruppe, så de ville gå i ring'],
    ['to must not be before from', 'Til-datoen må ikke ligge før fra-datoen'],
  ])('translates %j', (message, danish) => {
    expect(toDanishMessage(message)).toBe(danish);
  });

  it('falls back to the governance messages, keeps the domain’s Danish criteria messages and never shows unknown English', () => {
    expect(toDanishMessage('name should not be empty')).toBe('Feltet skal udfyldes');
    expect(toDanishMessage('Vægtene skal summe til 100 (i alt 90)')).toBe('Vægtene skal summe til 100 (i alt 90)');
    expect(toDanishMessage('Der skal være mellem 1 og 10 kriterier (der er 0)')).toBe('Der skal være mellem 1 og 10 kriterier (der er 0)');
    expect(toDanishMessage('Something unexpected')).toBe('Værdien er ikke gyldig');
  });

  it('names the rule a refusal names, and nothing for unknown messages, conflicts and server errors', () => {
    expect(knownRule(error(422, 'The group has held portfolio reviews; it stays for their minutes'))).toBe(
      'Gruppen har holdt porteføljemøder og bevares for deres referater.',
    );
    expect(knownRule(error(403, "Only the directorate or members of the initiative's steering group chain decide", 'FORBIDDEN'))).toMatch(/^Kun direktionen/);
    expect(knownRule(error(422, 'Nothing we know'))).toBeNull();
    expect(knownRule(error(409, 'The steering group was changed by someone else', 'VERSION_CONFLICT'))).toBeNull();
    expect(knownRule(error(500, 'to must not be before from', 'INTERNAL'))).toBeNull();
  });
});
