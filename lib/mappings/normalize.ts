/**
 * Text normalisation shared by suggestions and search: LinxDMS names are upper case,
 * often without accents and abbreviated ("AUX. DE ENFERMAGEM", "ENG. CIVIL"), CREDERE's
 * are title case with accents ("Auxiliar de Enfermagem").
 */

/** Abbreviations seen in DMS cadastros, expanded before comparing. */
export const ABBREVIATIONS: Record<string, string> = {
  eng: 'engenheiro',
  engo: 'engenheiro',
  aux: 'auxiliar',
  ass: 'assistente',
  assist: 'assistente',
  ens: 'ensino',
  fund: 'fundamental',
  prof: 'professor',
  profa: 'professora',
  tec: 'tecnico',
  adm: 'administrativo',
  admin: 'administrativo',
  adv: 'advogado',
  dr: 'doutor',
  func: 'funcionario',
  pub: 'publico',
  serv: 'servidor',
  repr: 'representante',
  rep: 'representante',
  com: 'comercial',
  enf: 'enfermagem',
  med: 'medico',
  vend: 'vendedor',
  mot: 'motorista',
  sup: 'superior',
  ger: 'gerente',
  coord: 'coordenador',
  op: 'operador',
  oper: 'operador',
  emp: 'empregado',
  inf: 'informatica',
  bv: 'votorantim',
};

const STOPWORDS = new Set(['de', 'da', 'do', 'das', 'dos', 'e', 'em', 'a', 'o']);

/** Lower case, no accents, punctuation to spaces, single spaces. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** fold() plus abbreviation expansion and without connecting words: the comparison key. */
export function normalizeName(text: string): string {
  return fold(text)
    .split(' ')
    .filter((word) => word && !STOPWORDS.has(word))
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(' ');
}

/** Digits (and letters, for the alphanumeric CNPJ) of a CNPJ, upper case. */
export function cnpjKey(text: string | null | undefined): string {
  return (text ?? '').toUpperCase().replace(/[^0-9A-Z]/g, '');
}
