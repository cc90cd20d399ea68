import type { ComponentType } from 'preact';
import type { StringEntry } from '@/lib/i18n/define';
import { optionsShellStrings } from '@/lib/i18n/options-shell-strings';
import { AboutSection } from './AboutSection';

export interface OptionsSection {
  /** Also the URL hash (#autenticacao) so readiness messages can link straight to it. */
  id: string;
  title: StringEntry;
  component: ComponentType;
}

/** The options page's sections, in menu order. Each domain adds its own entry. */
export const OPTIONS_SECTIONS: OptionsSection[] = [
  { id: 'sobre', title: optionsShellStrings.sectionAbout, component: AboutSection },
];
