"""holdout90, part B (blind; invented)."""

CASES = [
    dict(
        slug="anthology-swan-lake-ranger-essay",
        site="苇岸文存 (invented)", style="个人文集", genre="心得体会", kind="insight", form="text",
        source="http://www.weianwc.example.com/wj/juan2/045.html",
        title="守湖二十年：天鹅湖保护站工作随想",
        record_title="《苇岸文存》卷二·第45篇｜守湖二十年：天鹅湖保护站工作随想",
        date="2024-12-30",
        notes="collection chapter navigation; date under signature in Chinese numerals; wrapped text",
        wrap=62, indent="　　",
        page="""
!m 苇岸文存 · 一位老护林员的文字
!l 目录 ｜ 上一篇：冬夜巡湖 ｜ 下一篇：给新队员的一封信
{T}
{BODY}
!l ← 返回卷二目录
!d 文存所收文字均为作者原创，转载请先征得作者同意。
""",
        body="""
二〇〇四年冬天，我第一次到天鹅湖保护站报到，那时站里只有三间平房、一台望远镜。
二十年来，每年十一月第一批大天鹅落湖，我都要在湖边守上整整一夜，数清它们的数量，记进本子里。最初的几年，越冬天鹅不过四百来只，去年已经超过了三千只。
变化最大的是周边村民。过去有人在湖边下药、设网，如今村里组建了护鸟队，谁家发现受伤的天鹅，第一时间就送到站里来。
守湖是一件慢事，急不得。只要一代一代人守下去，湖就会一年比一年热闹。
韦长河
二〇二四年十二月三十日
""",
    ),
    dict(
        slug="dangjian-egret-wetland-speech-html",
        site="鹭洲先锋网 (invented)", style="党建网", genre="讲话稿", kind="speech", form="html",
        source="http://www.luzhouxf.example.gov.cn/djyw/202506/t20250628_4410.html",
        title="在白鹭湿地管理处“七一”党课上的讲话",
        record_title="在白鹭湿地管理处“七一”党课上的讲话-鹭洲先锋网",
        date="2025-06-27",
        notes="date under speech title in parentheses; speaker line neutral; Party site chrome; related list",
        page="""
<html><head><meta charset="utf-8"><title>在白鹭湿地管理处“七一”党课上的讲话-鹭洲先锋网</title></head><body>
<div class="banner">⟦m 鹭洲先锋网 · 鹭洲县委组织部主办⟧</div>
<div class="menu">⟦m 首页 | 党建要闻 | 基层风采 | 党员教育 | 学习园地⟧</div>
<div class="pos">⟦m 当前位置：党员教育 &gt;&gt; 专题党课⟧</div>
<h2>{T}</h2>
<p class="c">（2025年6月27日）</p>
<p class="c">管理处党支部书记　邝文涛</p>
{BODY}
<div class="xg">⟦l 相关阅读：⟧<ul><li>⟦l 县林业系统召开党风廉政建设会议⟧</li><li>⟦l 湿地保护志愿服务队风采展示⟧</li></ul></div>
<div class="ft">⟦d 鹭洲先锋网 版权所有⟧ ⟦m 地址：鹭洲县府前路2号　邮编：343600⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们在湿地观鸟台旁边上这堂党课，就是想让大家看着这片湿地，想一想我们的初心。
我们管理处的党员，守的是三万多亩湿地，护的是上万只白鹭。这份工作，说到底是为子孙后代留下一片好山好水。
今后一个时期，支部要做好三件事：一是把巡护责任落实到每一名党员，二是把湿地科普办进周边中小学，三是把生态补偿政策讲清楚、落到位。
希望每名党员都成为湿地的守护者，让白鹭年年飞回这片家园。
""",
    ),
    dict(
        slug="hospital-spring-water-news-html",
        site="泉山市第二人民医院 (invented)", style="医院官网", genre="新闻", kind="news", form="html",
        source="https://www.qsey.example.org.cn/news/yydt/2025/0411/1882.html",
        title="我院为矿泉水厂职工开展职业健康体检",
        record_title=None,
        date="2025-04-11",
        notes="hospital site; department consult phone kept next to appointment hotline; 发布日期 byline",
        page="""
<html><head><meta charset="utf-8"><title>泉山市第二人民医院</title></head><body>
<div class="hd">⟦m 泉山市第二人民医院 · 二级甲等综合医院⟧ ⟦m 预约挂号：0539-96120⟧</div>
<div class="nav">⟦m 医院概况 科室导航 专家介绍 就医指南 新闻中心⟧</div>
<div class="wz">⟦m 新闻中心 / 医院动态⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布日期：2025-04-11　浏览次数：207　来源：体检中心⟧</div>
{BODY}
<div class="pn">⟦l 上一篇：我院开展春季消防演练⟧ ⟦l 下一篇：糖尿病健康讲座走进社区⟧</div>
<div class="ft">⟦d Copyright 泉山市第二人民医院 All Rights Reserved⟧ ⟦m 鲁ICP备09011563号⟧</div>
</body></html>
""",
        body="""
4月8日至10日，我院体检中心组织医护人员十六名，到泉山云岭矿泉水有限公司为四百一十二名职工开展职业健康体检。
此次体检项目包括血常规、肝功能、胸部影像、听力测试等，针对灌装车间噪声岗位的职工增加了纯音听阈检查。
体检中心主任林慧表示，将在十个工作日内出具个人报告和企业汇总报告，对发现的问题逐一提出建议。
需要预约团体体检的单位，可拨打体检中心咨询电话0539-7712356。
""",
    ),
    dict(
        slug="university-aqueduct-course-news-text",
        site="渠西职业技术学院 (invented)", style="高校官网", genre="新闻", kind="news", form="text",
        source="https://www.qxvtc.example.edu.cn/info/1032/6621.htm",
        title="水利工程系师生赴红岩渡槽管理所开展现场教学",
        record_title="水利工程系师生赴红岩渡槽管理所开展现场教学-渠西职业技术学院",
        date="2025-11-06",
        notes="university news in text; title repeated twice; photo/writer/reviewer line glued after last paragraph",
        page="""
!m 渠西职业技术学院 | 学院新闻
!m 首页 > 学院新闻 > 系部动态
{T}
!m 2025-11-06　点击：
{BODY}
!l 【返回上一页】【关闭】
!m 学院地址：渠西市学府大道88号
""",
        body="""
⟦t 水利工程系师生赴红岩渡槽管理所开展现场教学⟧⟦m （文/图 水利工程系 宋言）⟧
11月5日，水利工程系组织水利工程专业二年级学生八十余人，赴红岩渡槽管理所开展现场教学。
管理所技术人员向同学们介绍了渡槽的结构形式、伸缩缝止水处理和日常巡检方法，并带领大家登上槽身察看渗漏监测点。
同学们表示，课本上的知识在现场变得具体可感，对今后的专业学习很有帮助。⟦m 审核：周立群⟧
""",
    ),
    dict(
        slug="localforum-dockworkers-notice-html-discuz",
        site="港口镇生活网 (invented)", style="地方论坛", genre="通知", kind="notice", form="html",
        source="http://bbs.gkzsh.example.com/forum.php?mod=viewthread&tid=31882",
        title="货运码头装卸队关于夜间作业噪声扰民问题的致歉及整改说明",
        record_title="货运码头装卸队关于夜间作业噪声扰民问题的致歉及整改说明 - 港口杂谈 - 港口镇生活网",
        date="2025-08-19",
        notes="Discuz-like template with jammer fonts; poster info; reply box",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>货运码头装卸队关于夜间作业噪声扰民问题的致歉及整改说明 - 港口杂谈 - 港口镇生活网</title></head><body>
<div id="hd">⟦m 港口镇生活网⟧ ⟦a 登录 | 立即注册⟧</div>
<div id="pt">⟦m 港口镇生活网 › 港口杂谈 › 查看内容⟧</div>
<table><tr><td class="pls">⟦m 码头老赵⟧<br>⟦m 积分 231　帖子 48⟧</td>
<td class="plc"><h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-8-19 18:06⟧</div>
{BODY}
</td></tr></table>
<div class="rep">⟦l 高级模式　发表回复⟧ ⟦a 回帖后跳转到最后一页⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4 © 2001-2025⟧</div>
</body></html>
""",
        body="""
各位街坊邻居：
近期，有居民反映货运码头夜间装卸作业噪声较大，影响休息。对此，装卸队向大家诚恳致歉。
经研究，我们决定采取以下整改措施：每天22时至次日6时停止使用叉车鸣笛，集装箱落地一律使用缓冲垫，夜间作业区域向东移至远离居民楼的三号泊位。
欢迎大家继续监督，如有意见可拨打装卸队值班电话0596-2208317。
港口镇货运码头装卸队
2025年8月19日
""",
    ),
    dict(
        slug="download-tugboat-rules-file-table",
        site="船舶资料下载站 (invented)", style="资料下载站", genre="制度", kind="other", form="html",
        source="http://www.cbzlxz.example.com/soft/21457.html",
        title="海湾拖轮公司拖带作业安全管理规定",
        record_title="海湾拖轮公司拖带作业安全管理规定.doc下载",
        date=None,
        notes="download station with file-info table and mirror links; rules speak of 扫码/打印; no date",
        page="""
<html><head><meta charset="gb2312"><title>海湾拖轮公司拖带作业安全管理规定.doc下载_船舶资料下载站</title></head><body>
<table width="100%"><tr><td>⟦m 船舶资料下载站 www.cbzlxz.example.com⟧</td></tr></table>
<table class="info"><tr><td>⟦m 资料大小：48 KB⟧</td><td>⟦m 资料类型：规章制度⟧</td></tr>
<tr><td>⟦m 更新时间：2天前⟧</td><td>⟦m 下载次数：93⟧</td></tr></table>
<h3>{T}</h3>
{BODY}
<p>⟦a 下载地址：电信下载 | 联通下载 | 本地高速下载⟧</p>
<p>⟦a 链接失效？点此报告⟧</p>
<p>⟦d 本站资料来源于网络，仅供学习研究，请下载后24小时内删除。⟧</p>
</body></html>
""",
        body="""
第一条　为规范拖带作业，保障船舶和人员安全，制定本规定。
第二条　拖轮出航前，船长应组织检查拖缆、拖钩及通信设备，并在作业记录本上签字。
第三条　船员登轮须扫码签到，未完成安全培训的人员不得参与拖带作业。
第四条　调度室应每日打印拖带作业计划，张贴于各拖轮驾驶台。
第五条　遇六级以上大风或能见度低于五百米时，停止拖带作业。
第六条　本规定由公司安全部负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="exam-trolleybus-driver-recruit-notice",
        site="溪城人事考试网 (invented)", style="人事考试网", genre="公告", kind="notice", form="text",
        source="http://www.xcrsks.example.gov.cn/zkgg/2025/0916/119.html",
        title="溪城公交集团无轨电车分公司2025年公开招聘驾驶员公告",
        record_title="【招聘公告】溪城公交集团无轨电车分公司2025年公开招聘驾驶员公告",
        date="2025-09-16",
        notes="schedule table kept; 准考证 printing sentence kept; site tech-support phone vs document's own consult phone",
        page="""
!m 溪城人事考试网
!m 网站首页 ＞ 招考公告 ＞ 事业单位
{T}
!m 信息来源：本站　发布日期：2025-09-16
{BODY}
!m 技术支持电话：0575-81129900（仅限报名系统故障）
!a 【收藏】【打印】
!m 浙ICP备12036601号
""",
        body="""
因工作需要，溪城公交集团无轨电车分公司面向社会公开招聘驾驶员二十名。
一、报名条件：持有A1驾驶证，年龄在45周岁以下，三年内无重大交通事故责任记录。
二、时间安排
环节　时间　地点
报名　9月20日至9月26日　网上报名
笔试　10月11日　溪城第一中学
实操考核　10月25日　无轨电车训练场
三、考生须于10月9日起登录本网站下载并打印准考证。
咨询电话：0575-81223467（公交集团人力资源部）
""",
    ),
    dict(
        slug="tender-graffiti-wall-project-html",
        site="柳岸区公共资源交易平台 (invented)", style="招投标网", genre="公告", kind="notice", form="html",
        source="https://ggzy.liuan.example.gov.cn/jyxx/003001/20250721/8e2a.html",
        title="柳岸区老街立面涂鸦美化项目竞争性磋商公告",
        record_title=None,
        date="2025-07-21",
        notes="tender portal; purchaser and agency contacts kept; CA hotline chrome",
        page="""
<html><head><meta charset="utf-8"><title>柳岸区公共资源交易平台</title></head><body>
<div class="top">⟦m 柳岸区公共资源交易平台⟧ ⟦a 主体登录⟧ ⟦a CA办理⟧</div>
<div class="loc">⟦m 首页 &gt; 交易信息 &gt; 政府采购 &gt; 采购公告⟧</div>
<h3>{T}</h3>
<div class="sx">⟦m 【信息时间：2025-07-21】⟧ ⟦a 【我要打印】⟧ ⟦a 【关闭】⟧</div>
{BODY}
<div class="kf">⟦m CA数字证书服务热线：400-618-7732⟧</div>
<div class="foot">⟦d 主办单位：柳岸区公共资源交易中心⟧</div>
</body></html>
""",
        body="""
项目编号：LA-ZC-2025-0316
项目名称：老街立面涂鸦美化项目
采购预算：38.6万元
采购内容：老街沿线约两千四百平方米墙面的设计和涂鸦绘制，作品须体现本地历史文化。
响应文件提交截止时间：2025年8月1日9时00分。
采购人：柳岸区住房和城乡建设局　联系人：冯云　电话：0412-2651180
代理机构：柳岸恒信招标代理有限公司　联系人：叶青　电话：0412-2639905
""",
    ),
    dict(
        slug="lawfirm-mural-copyright-lecture",
        site="衡平律师事务所 (invented)", style="律所网站", genre="讲稿", kind="speech", form="text",
        source="https://www.hengping-law.example.com/insights/2025/mural-copyright.html",
        title="墙绘作品著作权保护的几个常见问题",
        record_title="法律讲堂丨墙绘作品著作权保护的几个常见问题",
        date="2025-03-14",
        notes="law firm lecture; 发布于 byline; disclaimer; consult prompt",
        page="""
!m 衡平律师事务所　HENGPING LAW FIRM
!m 首页 / 专业观点 / 知识产权
{T}
!m 衡平律所 · 知识产权团队　发布于 2025.03.14
{BODY}
!d 本文仅为一般性法律知识分享，不视为针对具体个案的法律意见。
!w 如需咨询，请致电本所前台或在线留言，律师将在一个工作日内回复
!l 推荐阅读：商标被抢注怎么办？
""",
        body="""
近年来，城市墙绘越来越多，由此引发的著作权纠纷也不少。结合我们代理的案件，谈几个常见问题。
1．墙绘画在别人的墙上，著作权归谁？著作权属于创作者，墙体所有权属于业主，两者互相独立。
2．业主能否擅自覆盖墙绘？一般情况下业主有权处分自己的墙体，但合同另有约定的除外。
3．商家拍摄墙绘用于广告，是否侵权？以营利为目的使用他人作品，应当取得许可并支付报酬。
建议创作者在承接项目时签订书面合同，明确署名、保留期限和后续使用方式。
""",
    ),
    dict(
        slug="community-stroller-sharing-notice",
        site="青枫社区服务网 (invented)", style="社区网站", genre="通知", kind="notice", form="text",
        source="http://www.qingfengsq.example.cn/tzgg/20250603.html",
        title="关于设立婴儿推车共享点的通知",
        record_title="关于设立婴儿推车共享点的通知",
        record_date="2025-06-03",
        date="2025-06-03",
        notes="record date; WeChat group prompt; the document's own 扫码 sentence and table kept",
        page="""
!m 青枫社区服务网——家门口的好帮手
!m 社区公告｜2025-06-03｜阅读 98
{BODY}
!w 加入青枫社区宝妈群，请添加网格员微信 qfsq_wg08
!l 往期公告：小区电梯维保时间调整
!d 本网站由青枫社区居委会维护
""",
        body="""
各位居民：
为方便带娃出行，社区与婴儿推车生产企业合作，在三个地点设立推车共享点。
地点　数量　开放时间
社区服务中心　10台　8:00—20:00
青枫公园北门　8台　8:00—18:00
邻里中心　6台　9:00—21:00
居民扫码登记后即可免费借用，每次不超过四小时，用后请放回原处。
青枫社区居委会
2025年6月3日
""",
    ),
    dict(
        slug="association-unicycle-pledge-html",
        site="江岚市独轮车运动协会 (invented)", style="行业协会", genre="倡议书", kind="other", form="html",
        source="http://www.jldlc.example.org/xhdt/2025/1102.html",
        title="关于文明骑行独轮车的倡议书",
        record_title="【协会倡议】关于文明骑行独轮车的倡议书_江岚市独轮车运动协会",
        date="2025-11-02",
        notes="association site; join button glued; WeChat icon row",
        page="""
<html><head><meta charset="utf-8"><title>关于文明骑行独轮车的倡议书_江岚市独轮车运动协会</title></head><body>
<div class="hd">⟦m 江岚市独轮车运动协会⟧ ⟦m 平衡 · 专注 · 快乐⟧</div>
<div class="nav">⟦m 协会简介 | 协会动态 | 赛事活动 | 会员之家⟧</div>
<h1>{T}</h1>
<p class="meta">⟦m 时间：2025-11-02　作者：协会秘书处⟧</p>
{BODY}
<div class="join">⟦a 我要入会⟧ ⟦l 关注我们：微信 抖音 视频号⟧</div>
<div class="foot">⟦d 江岚市独轮车运动协会 版权所有⟧</div>
</body></html>
""",
        body="""
全市独轮车爱好者：
近年来，独轮车运动在我市发展很快，但个别骑行者在人行道高速穿行、不戴护具，既危险又影响他人。为此，协会倡议：
一、骑行时佩戴头盔和护膝护肘，新手在专门场地练习。
二、不在机动车道和人群密集处骑行，遇到行人主动减速避让。
三、夜间骑行开启灯光，穿着反光衣物。
让我们一起做文明骑行的践行者。
江岚市独轮车运动协会
2025年11月2日
""",
    ),
]
