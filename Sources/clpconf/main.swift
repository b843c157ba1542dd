import CLPConfCLI

CLPConfTool.main()
