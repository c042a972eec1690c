import { render } from 'preact';
import { Replay } from './Replay';
import './style.css';

render(<Replay />, document.getElementById('app')!);
