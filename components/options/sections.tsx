import type { ComponentType } from 'preact';
import type { StringEntry } from '@/lib/i18n/define';
import { optionsShellStrings } from '@/lib/i18n/options-shell-strings';
import { policyStrings } from '@/lib/policy/strings';
import { AboutSection } from './AboutSection';
import { PolicySection } from './policy/PolicySection';

export interface OptionsSection {
  /** Also the URL hash (#autenticacao) so readiness messages can link straight to it. */
  id: string;
  title: StringEntry;
  component: ComponentType;
}

/** The options page's sections, in menu order. Each domain adds its own entry. */
export const OPTIONS_SECTIONS: OptionsSection[] = [
  { id: 'politica', title: policyStrings.sectionTitle, component: PolicySection },
  { id: 'sobre', title: optionsShellStrings.sectionAbout, component: AboutSection },
];
