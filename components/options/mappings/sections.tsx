import { MappingSection } from './MappingSection';
import { ReadinessPanel } from './ReadinessPanel';

export function LojasSection() {
  return (
    <MappingSection kind="loja">
      <ReadinessPanel />
    </MappingSection>
  );
}

export function BancosSection() {
  return <MappingSection kind="banco" />;
}

export function ProfissoesSection() {
  return <MappingSection kind="profissao" />;
}
