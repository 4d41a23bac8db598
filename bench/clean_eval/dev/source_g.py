"""Dev cases, part G: chrome glued to lines and worded to dodge filters (a 范文 blog's
contact prompt with a disguised id, buttons in square brackets after a sentence), page
markers and title decoration in forms parts A–F do not use, a 版记 after the signature.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-mibi-insight-disguised-contact",
        site="秘笔小记 (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://mibi.example.blog/posts/20240611-xinde.html",
        title="参加“四下基层”主题实践活动心得体会",
        record_title="★推荐★参加“四下基层”主题实践活动心得体会（2篇）",
        date="2024-06-11",
        notes="blog with a star-decorated title, a contact prompt that spells the messenger with a homophone, bracketed buttons glued after the last sentence",
        page="""
!m 秘笔小记　|　写给基层的你
!t ★推荐★参加“四下基层”主题实践活动心得体会（2篇）
!m 2024-06-11 22:47　　阅读 1,096
{BODY}
!w 需要代拟材料的朋友可以私信，薇信：mibi_wenmi886（注明来意）
!l 下一篇 » 主题教育读书班研讨发言
""",
        body="""
今年以来，我跟随单位工作组先后五次到联系村开展“四下基层”活动，走进农户家中拉家常、听意见，对群众工作有了新的认识。
群众的事无小事。一户村民反映的自来水压力不足问题，看起来是小事，却关系到全组二十多户人家的日常生活。我们协调水务公司更换了加压泵，群众的笑脸就是最好的评价。
今后，我将继续把“四下基层”作为改进作风的重要抓手，多到群众中去，把问题解决在基层。⟦a [复制全文] [保存到手机]⟧
""",
    ),
    dict(
        slug="wenku-yunji-summary-page-of-markers",
        site="云集文档 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.yunjidoc.example.com/view/50918823.html",
        title="2024年社区网格化服务管理工作总结",
        record_title="2024年社区网格化服务管理工作总结.pdf",
        date="2024-12-16",
        notes="preview converter markers as '第 n 页 / 共 4 页' on lines of their own inside sentences, file-name title, 成文日期 with full-width digits",
        page="""
!t 2024年社区网格化服务管理工作总结.pdf
!m 格式：PDF　大小：312KB　页数：4
!a 全文免费预览结束，购买后可下载完整文档　￥3.00
{BODY}
!a 您可能还需要：【下载到本地】【加入资料夹】
""",
        pages=dict(fmt="第 {n} 页 / 共 4 页", every=150, start=2),
        body="""
今年以来，我社区坚持党建引领网格化服务管理，将辖区划分为9个网格，配备专职网格员9名、兼职网格员36名，实现了服务管理全覆盖。
一、主要成效
一是信息采集更加精准。网格员全年入户走访1.6万户次，更新人口信息3200余条，辖区实有人口底数清、情况明。二是矛盾化解更加及时。全年通过网格发现并化解邻里纠纷86起，化解率达到98%。
二、下步打算
明年，我们将深化“网格＋志愿服务”模式，推动更多服务资源下沉到网格，让居民在家门口就能办成事。
东城街道和平社区居民委员会
２０２４年１２月１６日
""",
    ),
    dict(
        slug="gov-lingxi-notice-banji-printing",
        site="灵溪县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lingxi.example.gov.cn/zfxxgk/fdzdgknr/tzgg/202405/t20240520_771.html",
        title="灵溪县人民政府办公室关于开展2024年防灾减灾宣传周活动的通知",
        date="2024-05-08",
        notes="gov notice with a 版记 after the signature (公开属性, 抄送, 印发 date) which must not give the date; a toolbar of icons at the end",
        page="""
!m 灵溪县人民政府　政府信息公开平台
!m 信息公开 > 法定主动公开内容 > 通知公告
{T}
灵政办发〔2024〕19号
{BODY}
!a 打印　　关闭　　收藏　　纠错
!m 灵溪县人民政府办公室　版权所有　网站标识码3306990001
""",
        body="""
各乡镇人民政府，县政府各部门：
今年5月12日是全国第16个防灾减灾日，5月11日至17日为防灾减灾宣传周。为进一步增强全民防灾减灾意识，经县政府同意，决定在全县开展防灾减灾宣传周活动，现将有关事项通知如下。
一、活动主题
人人讲安全、个个会应急——着力提升基层防灾避险能力。
二、活动内容
各乡镇要组织开展应急避险演练和隐患排查，县应急管理局要在县城中心广场设置宣传咨询点，县教育局要组织中小学开展防灾减灾主题班会。
灵溪县人民政府办公室
2024年5月8日
（此件公开发布）
抄送：县委办公室，县人大常委会办公室，县政协办公室。
灵溪县人民政府办公室　　2024年5月9日印发
""",
    ),
    dict(
        slug="news-beiyuan-text-title-thrice",
        site="北苑新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.beiyuan-news.example.cn/local/2024/0312/39811.shtml",
        title="北苑区启动春季植树造林行动",
        record_date="2024-03-12",
        date="2024-03-12",
        notes="news text page: the title printed three times (page header, headline, glued to the lead), an audio-player line and a correction link",
        page="""
!t 北苑区启动春季植树造林行动 - 北苑新闻网
!m 北苑新闻网 > 本地新闻
!t 北苑区启动春季植树造林行动
!m 2024年03月12日 09:18　来源：北苑日报　记者 郑远
!a ▶ 收听本文　　A+ A-
⟦t 北苑区启动春季植树造林行动⟧{BODY}
!l 纠错　|　关闭
""",
        body="""
3月11日，北苑区在凤凰山生态修复区举行春季植树造林启动仪式，区四套班子领导与干部群众、志愿者等500余人一起参加义务植树。
今年，北苑区计划完成植树造林1.2万亩，新建城市口袋公园15个，重点推进凤凰山、白鹭湖等区域生态修复，持续提升城市绿化水平。
""",
    ),
    dict(
        slug="docshare-tianyi-speech-html-pages",
        site="天逸文档分享 (invented)",
        style="文档分享",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://share.tianyi-doc.example.com/d/8f21c0",
        title="在全镇人居环境整治推进会上的讲话",
        record_title=None,
        date=None,
        notes="document-sharing HTML page without a title in the record or a meta title; page markers between paragraphs; uploader and terms lines",
        page="""
<html><head><meta charset="utf-8"><title>天逸文档分享 - 免费分享，随时阅读</title></head><body>
<div class="bar">⟦m 天逸文档分享⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="doc-head"><h2>⟦t 在全镇人居环境整治推进会上的讲话⟧</h2>
<p>⟦m 分享者：h****3　分享于：2024-04-02　格式：DOCX⟧</p></div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-end">⟦a 以上为文档前2页内容，下载后可查看全部5页⟧</div>
<div class="terms">⟦d 本文档由用户自行分享，平台仅提供存储服务，不对其内容的真实性负责。⟧</div>
</body></html>
""",
        pages=dict(fmt="- {n} -", every=120, start=2),
        body="""
同志们：
今天召开全镇人居环境整治推进会，主要是总结前段工作，安排部署下一阶段任务。
前一阶段，各村认真落实镇党委部署，累计清理垃圾杂物860吨，拆除破旧棚舍120处，村容村貌有了明显改观。但也要看到，个别村工作推进不平衡，长效管护机制还没有真正建立起来。
下一步，各村要对照评比标准逐项查漏补缺，镇里将每月开展一次评比，结果与村干部绩效挂钩。
同志们，人居环境整治是民心工程，希望大家拿出实际行动，努力把我们的家园建设得更加美丽宜居。
""",
    ),
    dict(
        slug="fanwen-haowenji-plan-glued-buttons-junk",
        site="好文集范文 (invented)",
        style="范文站",
        genre="工作计划",
        kind="plan",
        form="text",
        source="http://www.haowenji.example.com/jihua/gongzuo/2024/113920.html",
        title="2024年党支部工作计划",
        record_title="【精华】2024年党支部工作计划（最新版）",
        date="2024-01-15",
        notes="decorated title in two bracket styles, an outline list, a 'continue reading' prompt glued to a sentence, page navigation; the posting time is the only date",
        page="""
!m 好文集范文　|　海量范文免费看
!m 首页 > 工作计划 > 党支部工作计划
!t 【精华】2024年党支部工作计划（最新版）
!m 时间：2024-01-15　人气：3106
{BODY}
!a 本文共2页，当前第1页　下一页
!l 上一页：2024年团支部工作计划
!l 下一页：2024年工会工作计划
""",
        body="""
2024年，党支部将以提升组织力为重点，突出政治功能，推动党建工作与业务工作深度融合，为完成全年各项任务提供坚强保证。
一、加强政治理论学习
坚持“三会一课”制度，每月开展一次集中学习，每季度讲一次专题党课，引导党员干部学深悟透党的创新理论。
二、加强党员队伍建设
严格党员发展程序，做好入党积极分子培养考察工作；开展党员积分管理，激励党员在岗位上亮身份、作表率。
三、加强作风建设
深化纠治“四风”，严格执行中央八项规定精神，持续为基层减负，推动形成风清气正的良好氛围。⟦a 点此继续阅读>>⟧
""",
    ),
]
