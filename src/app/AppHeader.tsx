import { CopyButton } from '@/components/common/CopyButton';
import { LanguageSwitch } from '@/components/common/LanguageSwitch';
import { ThemeToggle } from '@/components/common/ThemeToggle';
import { WorkshopBar } from '@/components/workshop/WorkshopBar';
import { RecordTools } from './RecordTools';
import { useWords } from '@/app/language';

export function AppHeader() {
  const t = useWords();
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <h1 className="app-header__title">{t.app.appName}</h1>
        <p className="app-header__tagline">{t.app.tagline}</p>
      </div>
      <WorkshopBar />
      <div className="app-header__tools">
        <RecordTools />
        <CopyButton
          label={t.app.copyLink}
          text={() => window.location.href}
          done={t.app.linkCopied}
          failed={t.app.linkCopyFailed}
        />
        <LanguageSwitch />
        <ThemeToggle />
      </div>
    </header>
  );
}
