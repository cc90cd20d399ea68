import { t } from '@/lib/i18n/t';
import { type FormField, type FormFieldKey, type FormValues, UFS } from '@/lib/simulation/fields';
import { simulationStrings as S } from '@/lib/simulation/strings';

const INPUT_TYPES: Partial<Record<FormField['kind'], 'email' | 'tel'>> = { email: 'email', phone: 'tel' };
const INPUT_MODES: Partial<Record<FormField['kind'], string>> = {
  money: 'decimal',
  cep: 'numeric',
  phone: 'tel',
  date: 'numeric',
};
const PLACEHOLDERS: Partial<Record<FormField['kind'], string>> = {
  date: 'dd/mm/aaaa',
  phone: '(11) 98765-4321',
  money: '0,00',
  cep: '00000-000',
};

export function fieldLabel(key: FormFieldKey): string {
  const entry = (S as Record<string, typeof S.title>)[`field_${key}`];
  return entry ? t(entry) : key;
}

/** The asked fields; each names the banks that need it and shows its own pt-BR error. */
export function FormFields(props: {
  idPrefix: string;
  fields: FormField[];
  values: FormValues;
  errors: Partial<Record<FormFieldKey, string>>;
  bankNames: Record<string, string>;
  onChange: (key: FormFieldKey, value: string) => void;
}) {
  return (
    <div class="sim-fields">
      {props.fields.map((field) => {
        const id = `${props.idPrefix}-${field.key}`;
        const error = props.errors[field.key] ?? null;
        const hintId = `${id}-hint`;
        const errorId = `${id}-error`;
        const describedBy = error ? `${hintId} ${errorId}` : hintId;
        const value = props.values[field.key] ?? '';
        const banks = field.banks.map((code) => props.bankNames[code] ?? code).join(', ');
        let control: preact.JSX.Element;
        if (field.kind === 'yesno') {
          control = (
            <fieldset
              id={id}
              data-key={field.key}
              class="sim-yesno"
              aria-describedby={describedBy}
              aria-invalid={error ? 'true' : undefined}
            >
              <legend>{fieldLabel(field.key)}</legend>
              {(['sim', 'nao'] as const).map((option) => (
                <label key={option}>
                  <input
                    type="radio"
                    name={id}
                    value={option}
                    checked={value === option}
                    onChange={() => props.onChange(field.key, option)}
                  />{' '}
                  {option === 'sim' ? t(S.yes) : t(S.no)}
                </label>
              ))}
            </fieldset>
          );
        } else if (field.kind === 'select' || field.kind === 'uf') {
          const options =
            field.kind === 'uf' ? UFS.map((uf) => ({ value: uf, label: uf })) : (field.options ?? []);
          control = (
            <>
              <label for={id}>{fieldLabel(field.key)}</label>
              <select
                id={id}
                name={field.key}
                data-key={field.key}
                value={value}
                aria-describedby={describedBy}
                aria-invalid={error ? 'true' : undefined}
                onChange={(e) => props.onChange(field.key, (e.target as HTMLSelectElement).value)}
              >
                <option value="">{t(S.choose)}</option>
                {options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </>
          );
        } else {
          control = (
            <>
              <label for={id}>{fieldLabel(field.key)}</label>
              <input
                id={id}
                name={field.key}
                data-key={field.key}
                type={(INPUT_TYPES[field.kind] ?? 'text') as 'text'}
                inputMode={INPUT_MODES[field.kind] as 'text' | undefined}
                autocomplete={(field.autocomplete ?? 'off') as 'off'}
                placeholder={PLACEHOLDERS[field.kind]}
                value={value}
                aria-describedby={describedBy}
                aria-invalid={error ? 'true' : undefined}
                onInput={(e) => props.onChange(field.key, (e.target as HTMLInputElement).value)}
              />
            </>
          );
        }
        return (
          <div class="pc-field" key={field.key} data-field={field.key}>
            {control}
            <span id={hintId} class="pc-hint">
              {t(S.requiredBy, banks)}
            </span>
            {error ? (
              <span id={errorId} class="pc-error" role="alert">
                {error}
              </span>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
