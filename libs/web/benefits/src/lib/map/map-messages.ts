// Danish texts for the benefit map's refusals; the API answers in English with the field that is wrong.
import type { ApiError } from '@gevinst/domain';

export function mapErrorMessage(error: ApiError): string {
  const detail = error.details?.[0];
  const text = detail?.messages[0] ?? error.message;
  if (error.statusCode === 403) return 'Du kan ikke ændre dette initiativs gevinstdiagram.';
  if (error.statusCode === 404) return 'Elementet findes ikke længere. Genindlæs siden.';
  if (error.statusCode === 409) return 'Elementet er ændret af en anden. Genindlæs siden, og prøv igen.';
  if (/circle/.test(text)) return 'Forbindelsen ville lave en ring: en forandring kan ikke via andre være sin egen forudsætning.';
  if (detail?.field === 'to' && /leads to/.test(text)) return 'Den forbindelse går ikke fra venstre mod højre i diagrammet.';
  if (detail?.field === 'title') return 'Skriv en titel (højst 200 tegn).';
  if (detail?.field === 'dueDate') return 'Skriv en gyldig dato (dd.mm.åååå).';
  if (detail?.field === 'ownerUserId') return 'Ejeren findes ikke i organisationen.';
  if (/measurement/.test(error.message)) return 'Elementet har målinger og kan ikke slettes: målingerne er dokumentationen for, hvad der er opnået.';
  if (/at most/.test(error.message)) return 'Diagrammet har nået det største antal leverancer og forandringer.';
  return 'Ændringen kunne ikke gemmes. Prøv igen.';
}
