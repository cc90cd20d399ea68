import { defineStrings } from '../i18n/define';

export const mappingStrings = defineStrings('mappings', {
  // ---- import/export errors ----
  errFileTooLarge: {
    pt: 'Arquivo grande demais ($1 MB): o limite de importação é 5 MB. Divida o arquivo ou exporte só o necessário.',
    en: 'File too large ($1 MB): the import limit is 5 MB. Split the file or export only what is needed.',
  },
  errNotUtf8: {
    pt: 'O arquivo não está em UTF-8 (primeiro caractere inválido na linha $1; provavelmente Latin-1/Windows-1252). No Excel, use "Salvar como" > "CSV UTF-8 (delimitado por vírgulas)" e importe de novo.',
    en: 'The file is not UTF-8 (first invalid character on line $1; probably Latin-1/Windows-1252). In Excel, use "Save as" > "CSV UTF-8 (comma delimited)" and import again.',
  },
  errEmptyFile: { pt: 'O arquivo está vazio.', en: 'The file is empty.' },
  errNoRows: {
    pt: 'O arquivo só tem o cabeçalho: nenhuma linha para importar.',
    en: 'The file only has the header: no rows to import.',
  },
  errUnknownHeader: {
    pt: 'Linha $1: cabeçalho não reconhecido ($2). Use as colunas documentadas para lojas, bancos ou profissões.',
    en: 'Line $1: header not recognised ($2). Use the documented columns for stores, banks or professions.',
  },
  errWrongColumns: {
    pt: 'Linha $1: colunas erradas. $2 Colunas esperadas: $3.',
    en: 'Line $1: wrong columns. $2 Expected columns: $3.',
  },
  errColumnsUnknown: { pt: 'Colunas desconhecidas: $1.', en: 'Unknown columns: $1.' },
  errColumnsMissing: { pt: 'Colunas que faltam: $1.', en: 'Missing columns: $1.' },
  errColumnsRepeated: { pt: 'Colunas repetidas: $1.', en: 'Repeated columns: $1.' },
  errCellCount: {
    pt: 'Linha $1: tem $2 colunas, mas o cabeçalho tem $3 (confira o separador ";" ou "," e as aspas).',
    en: 'Line $1: has $2 columns but the header has $3 (check the ";" or "," separator and the quotes).',
  },
  errEmptyCode: { pt: 'código DMS vazio.', en: 'empty DMS code.' },
  errWrongType: { pt: '$1 deve ser $2.', en: '$1 must be $2.' },
  errTooLong: { pt: '$1 longo demais.', en: '$1 too long.' },
  errRequired: { pt: '$1 não informado.', en: '$1 missing.' },
  errInvalidValue: { pt: '$1 com valor inválido.', en: '$1 has an invalid value.' },
  errDuplicate: {
    pt: 'código DMS $1 repetido (já aparece na $2).',
    en: 'DMS code $1 repeated (already on $2).',
  },
  errUnknownStore: {
    pt: 'loja CREDERE $1 não existe nesta conta CREDERE.',
    en: 'CREDERE store $1 does not exist in this CREDERE account.',
  },
  errUnknownBank: { pt: 'banco CREDERE $1 desconhecido.', en: 'unknown CREDERE bank $1.' },
  errBankNotIntegrated: {
    pt: 'banco $1 não está integrado à loja CREDERE $2.',
    en: 'bank $1 is not integrated with CREDERE store $2.',
  },
  errBankIdMismatch: {
    pt: 'id do banco CREDERE $1 não corresponde ao código $2 (o id correto é $3).',
    en: 'CREDERE bank id $1 does not match code $2 (the right id is $3).',
  },
  errBankCodeMissing: {
    pt: 'código febraban não informado (o id do banco sozinho não basta para simular).',
    en: 'febraban code missing (the bank id alone is not enough to simulate).',
  },
  errUnknownProfessionId: {
    pt: 'id da profissão CREDERE $1 não existe na lista de profissões da CREDERE.',
    en: "CREDERE profession id $1 is not in CREDERE's profession list.",
  },
  errUnknownProfessionIdentifier: {
    pt: 'identificador de profissão CREDERE "$1" não existe na lista de profissões da CREDERE.',
    en: 'CREDERE profession identifier "$1" is not in CREDERE\'s profession list.',
  },
  errProfessionMismatch: {
    pt: 'id $1 e identificador "$2" são de profissões CREDERE diferentes.',
    en: 'id $1 and identifier "$2" are different CREDERE professions.',
  },
  errMoreProblems: { pt: '… e mais $1 erros.', en: '… and $1 more errors.' },
  errJsonSyntax: { pt: 'O JSON está mal formado.', en: 'The JSON is malformed.' },
  errJsonSyntaxAt: { pt: 'Linha $1: o JSON está mal formado.', en: 'Line $1: the JSON is malformed.' },
  errNotDocument: {
    pt: 'Linha 1: não é um documento de mapeamentos da Ponte CREDERE (esperado "format": "$1").',
    en: 'Line 1: not a Ponte CREDERE mappings document (expected "format": "$1").',
  },
  errDocumentVersion: {
    pt: 'Linha 1: versão $1 do documento não suportada (esperada 1).',
    en: 'Line 1: document version $1 not supported (expected 1).',
  },
  errNotList: { pt: '"$1" deve ser uma lista.', en: '"$1" must be a list.' },
  whereLine: { pt: 'Linha $1', en: 'Line $1' },
  whereJsonLine: { pt: 'Linha $1 ($2, item $3)', en: 'Line $1 ($2, item $3)' },
  whereJsonItem: { pt: '$1, item $2', en: '$1, item $2' },
  // ---- suggestions and lists ----
  reasonCnpj: { pt: 'CNPJ igual', en: 'Same CNPJ' },
  reasonFebraban: { pt: 'Código febraban igual', en: 'Same febraban code' },
  reasonSameName: { pt: 'Nome igual', en: 'Same name' },
  reasonNameContained: { pt: 'Nome do banco no nome do DMS', en: 'Bank name within the DMS name' },
  reasonSimilarName: { pt: 'Nome parecido', en: 'Similar name' },
  listsUnavailable: {
    pt: 'Não foi possível ler as listas da CREDERE; mostrando a última cópia conhecida.',
    en: 'Could not read the CREDERE lists; showing the last known copy.',
  },
});
