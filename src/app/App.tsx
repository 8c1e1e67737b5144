export function App() {
  return (
    <main>
      <h1>WFP Layer Chooser</h1>
      <p>
        Describe a networking task; see the highest Windows Filtering Platform layer that can do it.
      </p>
    </main>
  );
}
