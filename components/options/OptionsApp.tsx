import { useEffect, useState } from 'preact/hooks';
import { commonStrings } from '@/lib/i18n/common-strings';
import { optionsShellStrings } from '@/lib/i18n/options-shell-strings';
import { t } from '@/lib/i18n/t';
import { OPTIONS_SECTIONS } from './sections';
import './options.css';

function currentSectionId(): string {
  const hash = location.hash.replace(/^#/, '').split('?')[0] ?? '';
  return OPTIONS_SECTIONS.some((section) => section.id === hash) ? hash : OPTIONS_SECTIONS[0]!.id;
}

export function OptionsApp() {
  const [active, setActive] = useState(currentSectionId);
  useEffect(() => {
    const onHash = () => setActive(currentSectionId());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const section = OPTIONS_SECTIONS.find((candidate) => candidate.id === active) ?? OPTIONS_SECTIONS[0]!;
  const Section = section.component;
  return (
    <div class="pc-options">
      <header class="pc-options__header">
        <h1>{t(commonStrings.optionsTitle)}</h1>
      </header>
      <div class="pc-options__body">
        <nav aria-label={t(optionsShellStrings.navLabel)} class="pc-options__nav">
          <ul>
            {OPTIONS_SECTIONS.map((candidate) => (
              <li key={candidate.id}>
                <a href={`#${candidate.id}`} aria-current={candidate.id === section.id ? 'page' : undefined}>
                  {t(candidate.title)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main class="pc-options__main">
          <Section />
        </main>
      </div>
    </div>
  );
}
