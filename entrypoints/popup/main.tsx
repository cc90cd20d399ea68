import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import '@/components/ui/base.css';

render(<PopupApp />, document.getElementById('app')!);
