"""Dev cases, part L: more kinds of site with chrome in wordings of their own — a
people's congress site, a CPPCC site, a meteorological bureau, a science association, a
Red Cross branch, an alumni association, a property company, an auction house, a
county library's digital collection, a volunteers' platform, a kindergarten, a
provincial exam authority, a document mall, a mobile reading page, a personal notes
site and a radio station's site. Weak classes first: boxes under the text (看过本文的人
还看了, 本栏目更新, TOP榜, 查看更多>, 共N条评论, a reader's comment with a time), page markers
in rarer forms (~ N ~, 〔N〕, -N/9-, Page N), the title repeated decorated or shortened
(◆…◆, 《…》全文, 标题：…, …（节选）), notices in new words (素材整理自网络…告知我们, 平台只提
供信息发布, 图文无关, 转贴请联系授权), footers (地址 / 邮编 / 京公网安备 / 网站标识码 / 技术支持),
a lone 广告 line and sponsor labels, and titles found only in a breadcrumb. Invented text;
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="npc-liyang-report-breadcrumb-only-title",
        site="澧阳县人大常委会 (invented)",
        style="政府门户",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://rd.liyang.example.gov.cn/dcyj/2025/0422/5012.html",
        title="关于全县农村饮水安全工作情况的调研报告",
        record_title=None,
        date="2025-04-22",
        notes="no record title; the title only as the breadcrumb's last item after 您所在的位置；a font-size switch row; a footer with 地址, 邮编 and 网站标识码",
        page="""
!m 澧阳县人大常委会
!m 您所在的位置：首页 >> 调查研究 >> 关于全县农村饮水安全工作情况的调研报告
!a 字体：大 中 小　｜　打印
!m 发布日期：2025-04-22 　信息来源：农业农村工委
{BODY}
!m 地址：澧阳县迎宾路1号县人大办公楼　邮编：415500
!m 网站标识码：4307230012
""",
        body="""
根据县人大常委会年度工作安排，3月中旬至4月上旬，常委会调研组对全县农村饮水安全工作情况进行了专题调研。
调研组先后深入八个乡镇，实地察看水厂十二处，召开座谈会五次，听取了县水利局的工作汇报。
调研发现，全县农村自来水普及率已达百分之九十三，但部分山区村供水保证率不高，水费收缴难的问题较为普遍。
调研组建议，县人民政府要加快推进城乡供水一体化，健全农村供水工程运行管护长效机制。
""",
    ),
    dict(
        slug="cppcc-qinshui-speech-diamond-title",
        site="沁水市政协 (invented)",
        style="政府门户",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.qinshuizx.example.gov.cn/zxyw/2025/0115/226.html",
        title="在市政协五届四次会议闭幕会上的讲话",
        record_title="◆在市政协五届四次会议闭幕会上的讲话◆",
        date="2025-01-15",
        notes="record title and a page title decorated with ◆…◆; a media row of the page (视频 图片 音频); an editor line with 【】 and a 'back to list' link under the text",
        page="""
!m 沁水市政协　政协要闻
!t ◆在市政协五届四次会议闭幕会上的讲话◆
!a 视频　图片　音频　打印
市政协主席　邓启明
（2025年1月15日）
{BODY}
!m 【编辑：唐文　审核：徐立】
!l 返回列表 >
""",
        body="""
各位委员，同志们：
市政协五届四次会议圆满完成了各项议程，即将胜利闭幕。
会议期间，委员们认真履行职责，围绕全市经济社会发展建言献策，共提交提案二百八十六件。
新的一年，希望各位委员珍惜委员荣誉，强化责任担当，在建言资政和凝聚共识上展现新作为。
""",
    ),
    dict(
        slug="weather-baisha-notice-wave-markers",
        site="白沙市气象局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bs.weather.example.gov.cn/tzgg/2025/0527/880.html",
        title="关于做好2025年汛期气象服务工作的通知",
        record_title="关于做好2025年汛期气象服务工作的通知.pdf",
        date="2025-05-27",
        notes="a PDF notice, wrapped, cut by ~ N ~ page markers; a file-name title; the site's 'text only' and accessibility switches; a 京公网安备-style footer in another province's form",
        wrap=70,
        pages=dict(fmt="~ {n} ~", every=150, start=2),
        page="""
!a 无障碍浏览　纯文本　English
!m 白沙市气象局 > 通知公告
!t 关于做好2025年汛期气象服务工作的通知.pdf
{BODY}
!m 粤公网安备 44180202000317号
!m 技术支持：白沙云计算有限公司
""",
        body="""
各县（市、区）气象局，局机关各科室、直属各单位：
当前我市已全面进入汛期，为切实做好汛期气象服务工作，现就有关事项通知如下。
一、加强监测预报预警。各单位要密切监视天气变化，加强短时临近预报，及时发布暴雨、雷电、大风等预警信息。
二、强化值班值守。汛期实行二十四小时值班和领导带班制度，值班人员要坚守岗位，确保信息畅通。
三、做好决策服务。要主动向当地党委政府报告天气形势，为防汛调度提供有力支撑。
白沙市气象局
2025年5月27日
""",
    ),
    dict(
        slug="science-kexie-news-html-more-links",
        site="芷江县科学技术协会 (invented)",
        style="政府门户",
        genre="新闻",
        kind="news",
        form="html",
        source="http://kx.zhijiang.example.gov.cn/kxdt/2025/0519/61.html",
        title="县科协开展全国科技工作者日系列活动",
        record_title="县科协开展全国科技工作者日系列活动",
        date="2025-05-19",
        notes="HTML page: a share row with icons' labels, a 'more >' link, a hot list with ranks in the sidebar, an address and 邮编 in the footer with a 技术支持 line",
        page="""
<html><head><meta charset="utf-8"><title>县科协开展全国科技工作者日系列活动-芷江县科学技术协会</title></head><body>
<div class="hd">⟦m 芷江县科学技术协会⟧</div>
<div class="crumb">⟦m 当前栏目：科协动态⟧</div>
<h2>⟦t 县科协开展全国科技工作者日系列活动⟧</h2>
<div class="meta">⟦m 2025-05-19　来源：县科协　作者：曾雯⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享至：微信　朋友圈　微博⟧</div>
<div class="box"><h4>⟦l 科协动态⟧</h4><a>⟦l 查看更多 >⟧</a>
<ol><li>⟦l 1 县科协召开全委会议⟧</li><li>⟦l 2 科普大篷车进校园⟧</li></ol></div>
<div class="ft"><p>⟦m 地址：芷江县舞水路22号　邮编：419100　电话：0745-6821133⟧</p><p>⟦m 技术支持：县融媒体中心⟧</p></div>
</body></html>
""",
        body="""
5月下旬，县科协围绕第九个全国科技工作者日，开展走访慰问、科普宣传和学术交流系列活动。
活动期间，县科协走访慰问了十名长期扎根基层的科技工作者，为他们送去节日的问候。
在县城中心广场，县科协联合十二个学会开展科普宣传，发放科普资料三千余份。
""",
    ),
    dict(
        slug="redcross-lanjiang-report-donation-box",
        site="澜江市红十字会 (invented)",
        style="政府门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.ljredcross.example.org.cn/gzdt/2025/0110/403.html",
        title="澜江市红十字会2024年工作总结",
        record_title="澜江市红十字会2024年工作总结",
        date="2025-01-10",
        notes="a donation call with an account number and a hotline in a box under the text, a 'scan to donate' prompt, a site line with a slogan",
        page="""
!m 澜江市红十字会 ｜ 人道　博爱　奉献
{T}
!m 时间：2025-01-10　来源：办公室
{BODY}
!w 爱心捐赠账号：6217 0034 5500 1288 776　开户行：澜江市农商行营业部
!w 捐赠咨询：0877-3302120
!a 扫一扫，随手捐
""",
        body="""
2024年，市红十字会认真履行法定职责，紧紧围绕救护、救助、救援工作，各项事业取得新进展。
全年开展应急救护培训一百二十期，培训持证救护员六千余人，在公共场所新增配置自动体外除颤器三十台。
全年募集款物四百二十万元，实施助学、助医、助困等人道救助项目十一个，惠及困难群众二千余人。
全市新增造血干细胞捐献志愿者九百人，实现造血干细胞捐献六例。
""",
    ),
    dict(
        slug="alumni-nanlu-letter-giving-footer",
        site="南麓大学校友会 (invented)",
        style="高校官网",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://alumni.nanlu.example.edu.cn/news/2025/0401/118.html",
        title="致全球校友的一封信",
        record_title="致全球校友的一封信|校友会",
        date="2025-04-01",
        notes="an alumni association page: the title shown with |会; a 'return home' row, a 校友卡 online-application link row, a postal address with 邮编 and an e-mail at the bottom",
        page="""
!l 返回首页 ｜ 校友风采 ｜ 返校指南
!t 致全球校友的一封信|校友会
!m 作者：校友总会　日期：2025-04-01
{BODY}
!a 在线申领电子校友卡 >>
!m 通信地址：南麓市学府大道1号南麓大学校友总会（邮编 410083）
!m 邮箱：alumni@nanlu.example.edu.cn
""",
        body="""
亲爱的校友们：
春风送暖，母校迎来建校七十周年华诞。值此喜庆时刻，我们向遍布海内外的各位校友致以诚挚的问候。
七十年来，一代又一代南麓人在这里求学成长，又从这里走向四面八方，在各自的岗位上书写精彩人生。
母校将于今年十月举行校庆纪念活动，诚挚邀请各位校友回家看看，共叙同窗情谊，共谋母校发展。
南麓大学校友总会
2025年4月1日
""",
    ),
    dict(
        slug="property-jinyuan-notice-wechat-group",
        site="锦苑物业 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.jinyuanwy.example.com/notice/2025/0609.html",
        title="关于开展消防安全大检查的通知",
        record_title=None,
        date="2025-06-09",
        notes="no record title; the title glued after the site name on one line with a dash; an owners' group prompt with a number, a 'top' link; a 'pictures are unrelated' note",
        page="""
!m 锦苑物业服务有限公司
{T}
!m 2025-06-09　阅读 302
{BODY}
!w 业主交流群：入群请扫前台二维码或加管家微信 jy_guanjia01
!d 图文无关，图片来自网络
!a ↑ 回到顶部
""",
        body="""
尊敬的各位业主：
为消除火灾隐患，确保小区消防安全，物业服务中心定于6月12日至6月14日开展消防安全大检查。
检查内容包括楼道堆放杂物、电动车违规充电、消防通道占用和消防设施完好情况等。
请各位业主积极配合，及时清理楼道杂物，不在楼道内停放电动车或为其充电。
锦苑物业服务中心
2025年6月9日
""",
    ),
    dict(
        slug="auction-hongxin-notice-registration-box",
        site="鸿信拍卖 (invented)",
        style="企业内网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.hongxinpm.example.com/gg/2025/0315/66.html",
        title="鸿信拍卖有限公司拍卖公告",
        record_title="鸿信拍卖有限公司拍卖公告_拍卖公告_鸿信拍卖网",
        date="2025-03-15",
        notes="an auction house's announcement: the title with _column_site, an online bidding button row, related lots with prices under the text, a risk note in new words",
        page="""
!m 鸿信拍卖网 · 公开 公平 公正
!t 鸿信拍卖有限公司拍卖公告_拍卖公告_鸿信拍卖网
!a 我要竞买　在线报名　关注标的
{BODY}
!d 网站信息仅供参考，以拍卖现场公布的为准，竞买人应自行实地察看标的。
!l 相关标的
!l 二手公务车辆一批　起拍价：8.6万元
""",
        body="""
受委托，本公司定于2025年3月28日上午10时在公司拍卖厅公开拍卖下列标的。
一、拍卖标的：原县农机站办公楼一栋，建筑面积一千二百平方米，参考价三百二十万元。
二、展示时间：3月20日至3月26日，有意者请到标的所在地看样。
三、竞买登记：竞买人须于3月26日17时前交纳竞买保证金五十万元并办理登记手续。
鸿信拍卖有限公司
2025年3月15日
""",
    ),
    dict(
        slug="library-yanxi-speech-digital-collection",
        site="延溪县图书馆数字资源 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://lib.yanxi.example.gov.cn/szzy/dfwx/1992/00317.html",
        title="在延溪县首届读书节开幕式上的讲话",
        record_title="在延溪县首届读书节开幕式上的讲话（节选）",
        date=None,
        notes="a library's digital collection: the title with （节选）, a call number and holdings line, a citation format line and a 'reading-room only' note; the text's own year in the middle",
        page="""
!m 延溪县图书馆 · 地方文献数字化平台
!t 在延溪县首届读书节开幕式上的讲话（节选）
!m 索书号：D625/0317　馆藏地：地方文献阅览室
{BODY}
!m 引用格式：延溪县图书馆. 在延溪县首届读书节开幕式上的讲话[DB/OL].
!d 本资源仅限馆内阅览，请勿截图外传
""",
        body="""
同志们、同学们：
今天，我县首届读书节在这里隆重开幕，这是我县文化生活中的一件大事。
一九九二年，全县建成乡镇图书室十六个，农村读书活动蓬勃兴起，涌现出一批读书致富的典型。
希望大家多读书、读好书，让读书成为一种习惯，让书香充满我们的家园。
""",
    ),
    dict(
        slug="volunteer-xinghuo-summary-page-n",
        site="星火志愿服务平台 (invented)",
        style="资料下载站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.xinghuovol.example.org/doc/2025/0106/771.html",
        title="社区志愿服务站2024年工作总结",
        record_title="社区志愿服务站2024年工作总结.pdf",
        date="2025-01-06",
        notes="a PDF text cut by 〔N〕 page markers on lines of their own between the halves of a paragraph; a points line for downloading, a 'service hours' counter and a hot-downloads box",
        pages=dict(fmt="〔{n}〕", every=130, start=2),
        page="""
!t 社区志愿服务站2024年工作总结.pdf
!a 下载需2积分　｜　会员免积分
!m 累计服务时长 18,220 小时
{BODY}
!l TOP榜 · 本月热门下载
!l 1. 志愿服务活动方案模板
""",
        body="""
2024年，社区志愿服务站在街道党工委的领导下，坚持以居民需求为导向，组织开展各类志愿服务活动一百四十余场。
一是关爱老人。组建助老服务队三支，为辖区独居老人提供代购、陪诊、理发等服务二千余人次。
二是服务少年儿童。暑假期间开设公益托管班，招募大学生志愿者二十名，服务儿童一百二十名。
三是参与社区治理。组织志愿者参与垃圾分类督导、文明交通劝导等活动，推动形成共建共治共享的良好氛围。
星火社区志愿服务站
2025年1月6日
""",
    ),
    dict(
        slug="kindergarten-xiaoya-letter-parent-notes",
        site="小雅幼儿园 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xiaoyayey.example.cn/jyzd/2025/0630.html",
        title="2025年暑假放假致家长的一封信",
        record_title="2025年暑假放假致家长的一封信",
        date="2025-06-30",
        notes="a kindergarten's page: a colourful site line with ~, a 'likes' and 'flowers' counter row, a lone advertising label with dashes, an 'enrolment consultation' line with a phone",
        page="""
!m ~小雅幼儿园~ 快乐成长每一天
{T}
!m 园所动态 | 2025-06-30 | 👍 56
{BODY}
!a —— 广告 ——
!w 招生咨询：王老师 13874410226
""",
        body="""
亲爱的家长朋友们：
快乐的暑假即将来临，根据上级安排，我园定于7月5日起放暑假，8月28日开学。
假期里请家长合理安排孩子的作息时间，保证充足睡眠，少看电子产品。
请注意防溺水、防触电、防走失，外出游玩时务必看护好孩子。
祝孩子们度过一个平安、快乐的暑假！
小雅幼儿园
2025年6月30日
""",
    ),
    dict(
        slug="exam-authority-notice-html-floatbox",
        site="江南省教育考试院 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jnseea.example.gov.cn/tzgg/2025/0402/9021.html",
        title="关于2025年上半年中小学教师资格考试（面试）报名工作的通知",
        record_title=None,
        date="2025-04-02",
        notes="HTML exam authority page: the <title> only the site's name; a floating box (在线客服 / 意见反馈 / 返回顶部); a 'related attachments' list with file sizes; footer with 邮编 and 备案",
        page="""
<html><head><meta charset="utf-8"><title>江南省教育考试院</title></head><body>
<div class="top">⟦m 江南省教育考试院⟧</div>
<div class="loc">⟦m 首页 > 通知公告 > 关于2025年上半年中小学教师资格考试（面试）报名工作的通知⟧</div>
<div class="txt">
{BODY}
</div>
<div class="att"><p>⟦l 相关附件：⟧</p><p>⟦l 面试报名流程图.jpg（128KB）⟧</p></div>
<div class="float">⟦a 在线客服⟧ ⟦a 意见反馈⟧ ⟦a 返回顶部⟧</div>
<div class="ft"><p>⟦m 地址：江南省东城区文华路9号　邮编：410011⟧</p><p>⟦m 江ICP备10021733号-1⟧</p></div>
</body></html>
""",
        body="""
各市州教育考试院（招生考试中心）：
根据教育部教育考试院有关安排，现将2025年上半年中小学教师资格考试面试报名工作有关事项通知如下。
一、报名时间为4月10日至4月13日，考生登录报名系统填报信息并缴费。
二、面试时间为5月17日至5月18日，考生于5月12日起自行打印准考证。
三、各地要认真做好考生资格审核和考务组织工作，确保考试安全平稳。
江南省教育考试院
2025年4月2日
""",
    ),
    dict(
        slug="docmall-yishang-plan-dash-slash-markers",
        site="易尚文档商城 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.yishangdoc.example.com/p/5567102.html",
        title="2025年“学雷锋”志愿服务月活动方案",
        record_title="【原创精品】2025年“学雷锋”志愿服务月活动方案（可编辑）",
        date=None,
        notes="a document mall: the record title with 【原创精品】 and （可编辑）, page markers -N/6- glued at line ends, a VIP discount prompt, a seller's shop line, a 'similar documents' box",
        pages=dict(fmt="-{n}/6-", every=120, start=2, glue="mix"),
        page="""
!t 【原创精品】2025年“学雷锋”志愿服务月活动方案（可编辑）
!m 店铺：笔墨文化工作室　｜　已售 318 份
!a 开通年卡立享8折，全站文档随心下
{BODY}
!l 相似文档
!l 学雷锋活动总结（5篇）
!l 志愿服务活动方案（通用版）
""",
        body="""
为大力弘扬雷锋精神，深入推进新时代文明实践，结合我单位实际，制定本活动方案。
一、活动时间
2025年3月1日至3月31日。
二、活动内容
开展“学雷锋”主题宣讲，组织党员干部到社区开展环境整治、政策宣传、关爱空巢老人等志愿服务活动。
三、工作要求
各支部要精心组织，注重实效，及时报送活动信息，防止形式主义。
""",
    ),
    dict(
        slug="mobile-reader-insight-bottom-bar",
        site="掌上悦读 (invented mobile reading page)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.zhangshangyuedu.example.com/a/66120.html",
        title="参加青年干部培训班心得体会",
        record_title=None,
        date=None,
        notes="no record title; a mobile page: an app banner at the top, the title then a 'tap to expand' button glued to the last line, a bottom bar (上一章 目录 下一章 — in a reading app's words), a sponsored line",
        page="""
!a 打开App，阅读体验更佳
{T}
!m 悦读君 · 3天前 · 阅读 1.6w
{BODY}⟦a 点击展开余下内容⟧
!l 上一章　目录　下一章
!a 推广
""",
        body="""
这次青年干部培训班时间虽然不长，但内容丰富、形式多样，使我受益匪浅。
通过专题讲座，我对新时代党的建设有了更加系统的认识，进一步坚定了理想信念。
通过现场教学，我看到了基层干部扎根一线、苦干实干的精神风貌，深受触动。
今后，我将把学习成果转化为工作动力，在本职岗位上勇于担当、奋发有为。
""",
    ),
    dict(
        slug="notes-zhumo-insight-page-english",
        site="竹墨的笔记 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://zhumo.example.net/notes/2024-12-30.html",
        title="年终随笔：写材料的第十年",
        record_title="年终随笔：写材料的第十年 | 竹墨的笔记",
        date="2024-12-30",
        notes="personal notes: the title with | site, English page markers (Page N) on lines of their own, a post footer with a licence line in new words, prev/next in arrows",
        pages=dict(fmt="Page {n}", every=140, start=2),
        page="""
!t 年终随笔：写材料的第十年 | 竹墨的笔记
!m 2024-12-30 · 随笔 · 约1500字
{BODY}
!d 本文采用署名-非商业性使用许可，转贴请联系作者获得授权。
!l ← 写在冬至　｜　新年第一篇 →
""",
        body="""
今年是我在办公室写材料的第十年。十年间，写过的讲话稿、总结、汇报加起来，大概有两百多万字。
刚开始的时候，我最怕领导说“再改改”，一篇稿子改七八遍是常事，有时候改到最后又回到了第一稿。
后来慢慢明白，改稿不是否定，而是在帮你把问题想得更清楚，把话说得更准确。
写材料最难的不是文字，而是思想。只有把情况摸透、把道理想通，笔下才会有东西。
新的一年，希望自己少一些套话，多一些真话，写出几篇自己真正满意的东西。
""",
    ),
    dict(
        slug="radio-qiyun-news-program-chrome",
        site="岐云广播电视台 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.qiyuntv.example.cn/news/local/2025-05-30/10077.html",
        title="我县启动2025年夏粮收购工作",
        record_title="我县启动2025年夏粮收购工作",
        date="2025-05-30",
        notes="a radio station's site: a 'listen' button and audio length, a program line, a reporter line with 播音, a hot-ranking box with hot-search words, a disclaimer in new words about audience contributions",
        page="""
!m 岐云广播电视台 · 岐云新闻
!a ▶ 收听本条　02:16
!m 栏目：岐云新闻联播　记者：罗毅　播音：苏晴　2025-05-30 19:20
{BODY}
!l 24小时热榜
!l 夏粮收购首日见闻
!d 平台只提供信息发布服务，网友爆料内容不代表本台观点。
""",
        body="""
5月29日，我县2025年夏粮收购工作正式启动，全县二十一个收购网点同时开秤。
今年县里继续执行小麦最低收购价政策，收购价格每斤一元一角九分，与去年持平。
为方便农民售粮，各收购网点延长了收购时间，并开通了手机预约售粮服务，减少农民排队等候时间。
""",
    ),
]
