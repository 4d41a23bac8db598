"""holdout48, part C: pewter-ware (锡器) making in 锡坪镇, 澧泉县 — a pewter workshop, a
township, a tin-craft museum, a craft association. Everything invented; see ../README.md and
../build.py."""

CASES = [
    dict(
        slug="app-xiping-pewter-summary-share",
        site="妙笔公文 APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.miaobi-app.example.com/article/88120547?from=wx",
        title="锡坪镇锡器产业2025年上半年工作总结",
        record_title="锡坪镇锡器产业2025年上半年工作总结｜妙笔公文",
        date="2025-07-03",
        notes="a writing app's share page: open-app prompts, an AI-rewrite button glued after a sentence, a member-only unlock line between paragraphs; 成文日期 under the signature",
        page="""
!a 打开妙笔公文APP，阅读体验更佳　［打开］
!m 妙笔公文 · 体制内写作好帮手
!t 锡坪镇锡器产业2025年上半年工作总结
!m 妙笔用户 Tin_river 分享　｜　收藏 46
{BODY}
!a 开通妙笔会员，解锁全文导出与一键改写
!l 为你推荐：乡镇特色产业发展情况汇报｜镇非遗传承工作总结
""",
        body="""
今年以来，锡坪镇坚持把锡器产业作为富民强镇的主导产业来抓，上半年实现锡器产值一亿零六百万元，同比增长百分之九。⟦a ✦AI帮你改写这段⟧
一是培育经营主体。新登记锡器作坊十二家，全镇锡器经营户达到一百三十七家。
二是强化品牌建设。“锡坪锡器”集体商标完成注册，组织二十家作坊参加省工艺美术博览会。
⟦a 以下内容为会员专享，开通后继续阅读⟧
三是加强人才培养。与县职校联合开办錾刻技艺班，首批招收学员三十六人。
下半年，我们将重点推进锡器文化街区建设，力争全年产值突破二亿二千万元。
锡坪镇人民政府
2025年7月3日
""",
    ),
    dict(
        slug="examforum-xiping-essay-grading",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="essay",
        form="text",
        source="https://bbs.shangan-gk.example.com/thread-702113-1-1.html",
        title="让老手艺在新时代“锡”引人心",
        record_title="[申论范文] 让老手艺在新时代“锡”引人心（附批改意见） - 申论交流 - 上岸公考论坛",
        date=None,
        notes="an exam forum: a decorated post title, a grading box and a reward prompt after the essay, forum anti-scraping junk; relative times only (no date)",
        junk=dict(lines=1, glued=2),
        page="""
!m 上岸公考论坛 › 申论交流
!t [申论范文] 让老手艺在新时代“锡”引人心（附批改意见）
!m 岸上的锡匠 | 4 天前 | 只看楼主 | 阅读 3021
{BODY}
!l 【老师批改】立意准确，分论点清晰，第三段论证略显单薄，建议补充案例。预估得分：29/35
!a 觉得有帮助？打赏楼主 5 上岸币
!l 回复　收藏　举报
""",
        body="""
一把锡壶，承载着匠人的心血，也连接着一方水土的记忆。
在不少地方，锡器制作这样的传统手艺正面临传承难、销路窄的困境，如何让老手艺焕发新活力，是摆在我们面前的一道课题。
让老手艺“锡”引人心，要在传承上下功夫，通过师带徒、进校园等方式，让年轻人愿意学、学得会。
让老手艺“锡”引人心，要在创新上做文章，把传统纹样与现代设计结合起来，开发符合年轻人审美的产品。
让老手艺“锡”引人心，要在市场上找出路，借助电商直播等新渠道，让好产品走出大山。
守住手艺的根，接上时代的脉，老手艺就一定能在新时代绽放光彩。
""",
    ),
    dict(
        slug="wiki-xiping-pewter-entry-placeholder",
        site="知一百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://baike.zhiyi.example.com/item/锡器錾刻/88213",
        title="锡器錾刻",
        record_title="锡器錾刻_知一百科",
        date=None,
        notes="an encyclopaedia entry: edit/vote buttons, a table of contents, an example date and placeholders inside sentences (no date), an update stamp, references list",
        page="""
!m 知一百科 —— 人人可编辑的百科全书
!a 编辑　讨论　收藏　👍 赞 52
!t 锡器錾刻
!m 本词条由“知一百科·工艺美术”编辑团队审核
!l 目录　1 简介　2 工艺流程　3 证书样式
{BODY}
!m 词条统计　浏览次数：6038次　编辑次数：9次　最近更新：Tin_editor（2025-10-02）
!l 参考资料　[1] 澧泉县志·工艺卷
!d 知一百科内容由网友协作编辑，仅供参考。
""",
        body="""
锡器錾刻是在锡器表面用錾子敲击出纹样的传统装饰技艺，常见于壶、罐、烛台等器物。
工艺流程一般包括熔锡、浇板、裁料、成型、焊接、打磨、錾刻和抛光等环节。
錾刻图案多为花鸟、山水和吉祥文字，讲究线条流畅、深浅一致。
传承人证书通常写明“兹认定×××为××县锡器錾刻技艺代表性传承人”，落款为“20××年×月×日”。
例如某地于2019年6月8日公布的名录中，就收录了锡器錾刻项目。
""",
    ),
    dict(
        slug="netdisk-xiping-guild-rule-docx",
        site="云匣网盘 (invented)",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://pan.yunxia.example.com/s/1Tq8xPewter",
        title="锡坪镇锡器行业自律公约",
        record_title="锡坪镇锡器行业自律公约.docx",
        date="2025-04-18",
        notes="a cloud-drive share: file name title, share and expiry stamps (not dates), save/download buttons, a preview-limit prompt; 成文日期 at the end",
        page="""
!m 云匣网盘 | 分享文件
!m 锡坪镇锡器行业自律公约.docx　21.6KB
!m 分享者：锡*友　分享时间：2025-09-02 10:15　有效期：永久有效
!a 保存到我的网盘　　下载（普通下载 / 超级会员极速下载）
{BODY}
!a 在线预览仅显示前2页，完整内容请下载后查看
!d 请勿分享违法违规内容，云匣网盘将依法配合有关部门调查
""",
        body="""
为维护锡坪锡器的良好声誉，促进行业健康发展，全镇锡器经营户共同制定本公约。
一、坚持诚信经营，所售锡器应标明含锡量，不以次充好，不虚假宣传。
二、尊重原创设计，不仿冒他人产品和商标，不恶意压价竞争。
三、安全生产，熔锡作业场所须保持通风，废料统一回收处理。
四、违反本公约的，由协会予以通报，情节严重的取消会员资格。
锡坪镇锡器行业协会
2025年4月18日
""",
    ),
    dict(
        slug="snapshot-xiping-museum-notice-html",
        site="搜寻快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.soxun.example.com/c?m=9f65cb4a8c8507ed4fece7631046893b4c4380146d96864968d4e414c422&p=xiping",
        title="关于澧泉锡器博物馆临时闭馆的公告",
        record_title="关于澧泉锡器博物馆临时闭馆的公告 - 搜寻快照",
        date="2025-12-01",
        notes="a search-cache frame: a cache banner with the crawl time (not a date) and the original URL, highlighted search words; then the museum page with its own chrome; the museum's own 咨询电话 kept",
        page="""
<html><head><meta charset="utf-8"><title>关于澧泉锡器博物馆临时闭馆的公告 - 搜寻快照</title></head><body>
<div style="border:1px solid #ccc;background:#ffffe8">
<p>⟦m 您查询的关键词是：锡器 博物馆 闭馆。如果打开速度慢，可以尝试快速版；如果想保存该页面，可以添加到搜藏。⟧</p>
<p>⟦d 搜寻快照是网页的文字存档，系本站抓取时保存的版本，不代表被搜索网站的即时页面。⟧</p>
<p>⟦m 快照时间：2025-12-05 03:14:57　原网址：http://www.lqxqbwg.example.org/gg/20251201.html⟧</p>
</div>
<div class="site">⟦m 澧泉锡器博物馆　LIQUAN PEWTER MUSEUM⟧</div>
<div class="nav">⟦m 首页｜展览｜藏品｜教育｜参观指南｜公告⟧</div>
<h2>⟦t 关于澧泉锡器博物馆临时闭馆的公告⟧</h2>
<div class="pubinfo">⟦m 发布日期：2025-12-01⟧</div>
{BODY}
<div class="ft">⟦m 开放时间：周二至周日 9:00-17:00（周一闭馆）⟧ ⟦m 湘ICP备20008135号⟧</div>
</body></html>
""",
        body="""
尊敬的观众朋友：
因展厅消防设施改造，我馆自2025年12月8日起临时闭馆，预计2026年1月20日恢复开放。
闭馆期间，馆内锡器錾刻体验课暂停，已预约的观众将由工作人员电话联系退订。
恢复开放时间如有变化，将在本馆网站另行公告。
咨询电话：0736-5218 0207（馆办公室）。
澧泉锡器博物馆
2025年12月1日
""",
    ),
    dict(
        slug="print-xiping-workshop-safety-html",
        site="澧泉县应急管理局 打印页 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="html",
        source="https://yjj.liquan.example.gov.cn/print.jsp?id=20251020-331",
        title="锡坪镇熔锡作坊安全隐患专项整治方案",
        record_title="〖打印稿〗锡坪镇熔锡作坊安全隐患专项整治方案",
        date="2025-10-20",
        notes="a print view: print/close buttons, a print-time stamp (not a date), a print footer 页 1／1 in a form of our own; a document number (neutral); numbered list and decimal headings kept",
        page="""
<html><head><meta charset="utf-8"><title>〖打印稿〗锡坪镇熔锡作坊安全隐患专项整治方案</title>
<style>@media print{.noprint{display:none}}</style></head><body onload="window.print()">
<div class="noprint">⟦a [ 打印 ]⟧ ⟦a [ 关闭 ]⟧ ⟦a [ 返回原文 ]⟧</div>
<p>⟦m 澧泉县应急管理局⟧</p>
<h2>⟦t 锡坪镇熔锡作坊安全隐患专项整治方案⟧</h2>
<p>澧应急〔2025〕41号</p>
{BODY}
<hr>
<p>⟦m 打印日期：2025/12/03 14:27⟧</p>
<p>⟦p ◇ 页 1／1 ◇⟧</p>
</body></html>
""",
        body="""
为消除熔锡作坊安全隐患，制定本方案。
一、整治范围
锡坪镇辖区内所有从事熔锡、浇铸作业的作坊和企业。
二、整治重点
2.1 熔锡炉与可燃物的安全距离不足。
2.2 作业场所通风设施缺失。
2.3 液化气瓶使用不规范。
三、时间安排
1.自查自改阶段：10月21日至11月10日。
2.集中整治阶段：11月11日至12月15日。
3.验收总结阶段：12月16日至12月31日。
澧泉县应急管理局
2025年10月20日
""",
    ),
    dict(
        slug="mail-xiping-expo-invite-forward",
        site="锡坪镇党政办邮箱 (invented)",
        style="邮件转发",
        genre="邀请函",
        kind="letter",
        form="text",
        source="mailto:xpzdzb@liquan.example.gov.cn",
        title="关于邀请参加第五届澧泉锡器文化节的函",
        record_title="Fwd: 关于邀请参加第五届澧泉锡器文化节的函",
        date="2025-09-08",
        date_also=["2025-09-10"],
        notes="a forwarded mail: Fwd headers (发件人/收件人/时间), a forward note, the document's own 附件 list and 联系人 kept; a mail-client footer; send date differs from the letter's date",
        page="""
!m ---------- 转发的邮件 ----------
!m 发件人：澧泉县文旅局办公室 <lqwlj@liquan.example.gov.cn>
!m 发送时间：2025年9月10日 (星期三) 上午 9:02
!m 收件人：锡坪镇党政办 <xpzdzb@liquan.example.gov.cn>
!m 主题：Fwd: 关于邀请参加第五届澧泉锡器文化节的函
!l 各位同事：请相关作坊负责人看一下，周五前回复办公室。——小谭
{BODY}
!d 此邮件由澧泉县政务邮件系统发送，如非本人收到请立即删除。
!a 回复 | 回复全部 | 转发 | 打印
""",
        body="""
锡坪镇人民政府：
第五届澧泉锡器文化节定于2025年10月18日至20日在县文化广场举办，现诚邀贵镇组织锡器作坊参展。
一、每家参展作坊提供标准展位一个，展位费全免。
二、请于9月26日前将参展作坊名单报县文旅局产业股。
联系人：谭芸，电话：0736-5211 6038。
附件：1.第五届澧泉锡器文化节参展回执
2.展位分布示意图
澧泉县文化旅游广电体育局
2025年9月8日
""",
    ),
    dict(
        slug="fanwen-xiping-inheritor-speech-oneline",
        site="百篇范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.baipianfw.example.cn/jianghua/2025/0612/44107.html",
        title="在锡器技艺传承人收徒仪式上的致辞",
        record_title="在锡器技艺传承人收徒仪式上的致辞（精选范本）_百篇范文网",
        date="2025-06-12",
        notes="the whole body on one line (paragraphs joined by indents); a date under the speech title (neutral); writing-service QQ and a '下载本文' row at the bottom",
        oneline=True,
        indent="　　",
        page="""
!m 百篇范文网 > 讲话稿 > 致辞
!t 在锡器技艺传承人收徒仪式上的致辞
澧泉县文化馆馆长　龙晓冬
（2025年6月12日）
{BODY}
!a 下载本文(.doc)　|　复制全文　|　收藏
!w 各类讲话稿代写，原创不查重，QQ：3157 226 409
""",
        body="""
各位来宾、朋友们：
今天，我们在这里为市级锡器錾刻技艺代表性传承人陈锡年师傅举行收徒仪式，我代表县文化馆表示热烈祝贺。
陈师傅从艺四十余年，技艺精湛，他愿意把手艺毫无保留地传给年轻人，这是非遗传承的一件大好事。
希望各位徒弟尊师重道，勤学苦练，早日成为锡器行业的新生力量。
谢谢大家！
""",
    ),
    dict(
        slug="wenku-xiping-survey-page-paragraphs-html",
        site="学海文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.xuehaiwk.example.com/p-40817725.html",
        title="澧泉县锡器产业发展现状调研报告",
        record_title="澧泉县锡器产业发展现状调研报告（可编辑）",
        date="2025-05-30",
        notes="a 文库 reader: page markers as paragraphs cutting a paragraph (⍃n⍄), a paywall and VIP download at the bottom, a related-doc sidebar; a data table kept",
        pages=dict(fmt="⍃ {n} ⍄", every=160, start=2),
        page="""
<html><head><meta charset="utf-8"><title>澧泉县锡器产业发展现状调研报告（可编辑） - 学海文库</title></head><body>
<div class="hd">⟦m 学海文库⟧ ⟦a 登录/注册⟧ ⟦a 上传文档⟧</div>
<div class="doc-title"><h1>⟦t 澧泉县锡器产业发展现状调研报告⟧</h1></div>
<div class="doc-info">⟦m 页数：9　大小：46KB　上传时间：2025-06-04⟧ ⟦a ☆收藏⟧ ⟦a ⚑举报⟧</div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 余下7页内容已隐藏，VIP会员可免费下载全文⟧</div>
<div class="side"><p>⟦l 相关文档⟧</p><p>⟦l 特色手工艺产业调研报告范文⟧</p><p>⟦l 县域非遗产业化路径研究⟧</p></div>
<div class="ft">⟦d 学海文库所有资源均为用户上传，若侵犯您的权益请提交申诉。⟧</div>
</body></html>
""",
        body="""
为摸清全县锡器产业底数，县工信局组成调研组，于2025年4月至5月对锡坪、澧阳等乡镇的锡器作坊进行了实地调研，现将有关情况报告如下。
一、基本情况
全县现有锡器经营主体一百六十二家，从业人员一千四百余人，2024年实现产值二亿零四百万元。
乡镇　经营主体　从业人员
锡坪镇　137　1180
澧阳镇　25　236
二、存在问题
一是规模普遍偏小，年产值千万元以上的企业只有三家；二是产品同质化严重，缺少原创设计；三是熔锡环节环保压力较大。
三、对策建议
建议设立锡器产业发展专项资金，建设集中熔锡中心，引进专业设计团队，推动产业提档升级。
澧泉县工业和信息化局调研组
2025年5月30日
""",
    ),
    dict(
        slug="gov-xiping-town-plan-oldtable-html",
        site="锡坪镇人民政府 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.xiping.example.gov.cn/news_view.asp?id=1307",
        title="锡坪镇锡器文化街区建设实施方案",
        record_title=None,
        date="2025-08-22",
        notes="old ASP table layout of a township site: marquee, font-size row, visitor counter; no record title (found in the page heading); a byline 发布时间 and the 成文日期 agree",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>锡坪镇人民政府</title></head>
<body><table width="900" align="center" cellspacing="0" cellpadding="0">
<tr><td><img src="/images/banner.gif" alt="锡坪镇人民政府"></td></tr>
<tr><td><marquee>⟦m 锡韵千年　匠心锡坪⟧</marquee></td></tr>
<tr><td>⟦m 首 页 | 镇情概况 | 政务公开 | 招商引资 | 锡器文化 | 留言板⟧</td></tr>
<tr><td align="center"><b>⟦t 锡坪镇锡器文化街区建设实施方案⟧</b></td></tr>
<tr><td align="center">⟦m 发布时间：2025-8-22　发布人：党政办　阅读：221 次⟧　⟦a [ 大 中 小 ]⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦a 【打印此文】 【关闭窗口】⟧</td></tr>
<tr><td align="center">⟦m 版权所有：锡坪镇人民政府　您是第 00041277 位访客⟧</td></tr>
</table></body></html>
""",
        body="""
为推动锡器产业与文化旅游融合发展，镇党委、镇政府决定建设锡器文化街区，特制定本方案。
一、建设目标
用两年时间，将老街改造为集锡器生产展示、技艺体验、文创销售于一体的文化街区。
二、主要任务
（一）完成老街立面改造和管线入地工程。
（二）引导二十家以上锡器作坊入驻街区。
（三）建设锡器技艺体验馆一处。
三、保障措施
成立由镇长任组长的工作专班，每月召开一次推进会，协调解决建设中的问题。
锡坪镇人民政府
2025年8月22日
""",
    ),
    dict(
        slug="news-xiping-expo-open-html",
        site="澧泉融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lqrongmei.example.cn/xw/bd/202510/t20251018_70216.html",
        title="第五届澧泉锡器文化节开幕",
        record_title="第五届澧泉锡器文化节开幕 - 澧泉融媒",
        date="2025-10-18",
        record_date="2025-10-18",
        notes="a county media portal: video player label, font-size control, news time line, photographer and editor lines after the body, a 'more news' list; a sentence about 直播/分享 is content",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>第五届澧泉锡器文化节开幕 - 澧泉融媒</title>
<script type="text/javascript">var pageType='article';</script></head><body>
<div class="header">⟦m 澧泉融媒 · 澧泉县融媒体中心⟧ ⟦a 下载“掌上澧泉”⟧</div>
<div class="channel">⟦m 要闻　乡镇　视频　民生　文旅⟧</div>
<h1>⟦t 第五届澧泉锡器文化节开幕⟧</h1>
<div class="time">⟦m 2025-10-18 11:30:06　来源：澧泉融媒⟧</div>
<div class="font">⟦a 字号：A+ A-⟧</div>
<div class="video">⟦a ▶ 视频：文化节开幕现场（02:36）⟧</div>
<div class="article">
{BODY}
</div>
<p>⟦m 摄影：龙一凡⟧</p>
<p>⟦m 编辑：曹静　审核：文建军⟧</p>
<div class="more"><h4>⟦l 更多新闻⟧</h4><ul><li>⟦l 澧泉县召开秋冬季森林防火工作会⟧</li><li>⟦l 锡坪镇老街改造项目开工⟧</li></ul></div>
<div class="footer">⟦m 澧泉县融媒体中心主办　新闻热线：0736-5200 110⟧</div>
</body></html>
""",
        body="""
10月18日上午，第五届澧泉锡器文化节在县文化广场开幕，来自全县的八十余家锡器作坊参展。
开幕式上，县委副书记、县长田志强为新认定的十名锡器工匠颁发证书。
本届文化节为期三天，设置锡器精品展、技艺展演、匠人直播带货等活动，县融媒体中心全程直播，市民可以通过“掌上澧泉”观看并分享直播。
据介绍，开幕当天现场成交额已超过三百万元。
""",
    ),
    dict(
        slug="forum-xiping-collectors-wrapped-markers",
        site="藏锡阁论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="essay",
        form="text",
        source="https://www.cangxige.example.net/bbs/read.php?tid=20931",
        title="收藏老锡器二十年的几点心得",
        record_title="收藏老锡器二十年的几点心得 - 老锡器鉴赏 - 藏锡阁论坛",
        date="2025-02-16",
        notes="a collectors' forum post hard-wrapped at 64 columns and cut by page markers of a forum-print converter (▻n◅ glued); 发表于 as the page's date; signature and reply rows",
        wrap=64,
        pages=dict(fmt="▻{n}◅", every=170, start=2, glue=True),
        page="""
!m 藏锡阁论坛 » 老锡器鉴赏 » 浏览帖子
!t 收藏老锡器二十年的几点心得
!m 楼主：锡壶老陈　发表于：2025-02-16 21:05　人气：4412
{BODY}
!m ——锡壶老陈：只收老的，不收新的
!l 引用　回复　评分　收藏　分享
!l 上一主题　下一主题
""",
        body="""
我从二〇〇五年开始收藏老锡器，前后收了三百多件，今天把这些年的一点心得写出来，供同好参考。
第一，看包浆。老锡器经过多年使用，表面会形成一层温润的包浆，颜色灰中带亮，新做旧的东西往往发黑发暗，一看就很生硬。
第二，看工艺。老锡器多为手工捶打成型，内壁能看到细密的锤痕，焊缝也比较自然，机器压制的就很难有这种手感。
第三，看款识。不少老锡器底部有店号或匠人的戳记，这是判断年代和产地的重要依据。
最后提醒一句，收藏要量力而行，多看少买，切忌一上来就花大价钱。
""",
    ),
]
