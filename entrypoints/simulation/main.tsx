import { render } from 'preact';
import { SimulationApp } from '@/components/simulation/SimulationApp';
import '@/components/ui/base.css';

render(<SimulationApp />, document.getElementById('app')!);
