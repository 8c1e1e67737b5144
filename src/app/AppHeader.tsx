import { CopyButton } from '@/components/common/CopyButton';
import { ThemeToggle } from '@/components/common/ThemeToggle';
import { appText } from '@/i18n/app';
import { WorkshopBar } from '@/components/workshop/WorkshopBar';
import { RecordTools } from './RecordTools';

export function AppHeader() {
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <h1 className="app-header__title">{appText.appName}</h1>
        <p className="app-header__tagline">{appText.tagline}</p>
      </div>
      <WorkshopBar />
      <div className="app-header__tools">
        <RecordTools />
        <CopyButton
          label={appText.copyLink}
          text={() => window.location.href}
          done={appText.linkCopied}
          failed={appText.linkCopyFailed}
        />
        <ThemeToggle />
      </div>
    </header>
  );
}
