import type { ComponentType } from 'preact';
import { authStrings } from '@/lib/auth/strings';
import type { StringEntry } from '@/lib/i18n/define';
import { optionsShellStrings } from '@/lib/i18n/options-shell-strings';
import { mappingUiStrings } from '@/lib/mappings/ui-strings';
import { policyStrings } from '@/lib/policy/strings';
import { screensOptionsStrings } from '@/lib/screens/options-strings';
import { AboutSection } from './AboutSection';
import { AuthSection } from './auth/AuthSection';
import { BancosSection, LojasSection, ProfissoesSection } from './mappings/sections';
import { PolicySection } from './policy/PolicySection';
import { ScreensSection } from './screens/ScreensSection';

export interface OptionsSection {
  /** Also the URL hash (#autenticacao) so readiness messages can link straight to it. */
  id: string;
  title: StringEntry;
  component: ComponentType;
}

/** The options page's sections, in menu order. Each domain adds its own entry. */
export const OPTIONS_SECTIONS: OptionsSection[] = [
  { id: 'autenticacao', title: authStrings.sectionTitle, component: AuthSection },
  { id: 'lojas', title: mappingUiStrings.sectionLojas, component: LojasSection },
  { id: 'bancos', title: mappingUiStrings.sectionBancos, component: BancosSection },
  { id: 'profissoes', title: mappingUiStrings.sectionProfissoes, component: ProfissoesSection },
  { id: 'telas', title: screensOptionsStrings.section, component: ScreensSection },
  { id: 'politica', title: policyStrings.sectionTitle, component: PolicySection },
  { id: 'sobre', title: optionsShellStrings.sectionAbout, component: AboutSection },
];
