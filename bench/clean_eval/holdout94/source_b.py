"""holdout94, part B: written blind (see NOTE.md). Invented sites, places, people, numbers."""

CASES = [
    dict(
        slug="anthology-laochuanzhang-trawler-essay",
        site="海雾集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://www.haiwuji.example.net/juan2/37.html",
        title="拖网渔船上的安全课",
        record_title="《海雾集》卷二·第37篇｜拖网渔船上的安全课",
        date="2024-10-08",
        notes="a retired captain's collection; collection prefix in the record title; 写于 line at the end as the document's date; chapter nav",
        page="""
!m 海雾集 · 一个老船长的文字
!l 目录 ｜ 上一篇：第一次出远海 ｜ 下一篇：台风夜
{T}
{BODY}
!l 卷二 · 第37篇 / 共52篇
!d 本集文字为作者原创，未经许可请勿转载。
""",
        body="""
在渔船上干了三十多年，我最怕的不是风浪，而是船员不把安全当回事。
那年春天，新上船的小伙子嫌救生衣碍事，收网时偷偷脱了挂在舱口。我看见了，当场让他停下手里的活，把救生衣穿好再干。他嘴上不说，心里不服。
三天后的夜里，绞机钢缆突然断了一股，甩过来的网纲把他带倒在甲板边上。要不是救生衣上的反光条让人一眼看见，后果不堪设想。
从那以后，每个航次出港前，我都要给船员上一堂安全课：救生衣怎么穿，落水了怎么喊，绞机旁边哪里不能站。课不长，十来分钟，但一次都没落下。
现在我退休了，听说渔船上都装了北斗终端和落水报警器，心里踏实了许多。可设备再好，也替代不了人心里那根弦。
2024年10月8日写于渚阳老屋
""",
    ),
    dict(
        slug="dangjian-tongxin-basestation-speech",
        site="通信行业党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://dj.tongxin-hy.example.org.cn/llxx/2025/0701/5520.html",
        title="在基站建设攻坚党员突击队授旗仪式上的讲话",
        record_title="【支部风采】在基站建设攻坚党员突击队授旗仪式上的讲话",
        date="2025-06-28",
        notes="speech with the date under the title and a speaker line (neutral); Party-building site chrome; 学习强国-like share row",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【支部风采】在基站建设攻坚党员突击队授旗仪式上的讲话 - 通信行业党建网</title>
<script>var site="dj";</script></head><body>
<div class="top">⟦m 通信行业党建网⟧ <span>⟦m 红色引擎 联通万家⟧</span></div>
<div class="nav">⟦m 首页 | 党建要闻 | 支部风采 | 理论学习 | 党员之家⟧</div>
<div class="here">⟦m 当前位置：首页 &gt;&gt; 支部风采⟧</div>
<div class="art"><h1>{T}</h1>
<p class="sp">（2025年6月28日）</p>
<p class="sp">网络建设部党支部书记　蒋卫东</p>
{BODY}
<p class="ed">⟦m 来源：网络建设部党支部　编辑：覃晓　审核：方正⟧</p>
<p class="share">⟦l 分享到：朋友圈 | 微博 | 复制链接⟧</p></div>
<div class="sidebar"><h3>⟦l 学习专题⟧</h3><ul><li>⟦l 党纪学习教育专栏⟧</li><li>⟦l 七一主题党日活动集锦⟧</li></ul></div>
<div class="ft">⟦d 本网站所刊登的各种新闻、信息和各种专题专栏资料，均为本网站版权所有⟧ ⟦m 京ICP备09031276号⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们在这里举行基站建设攻坚党员突击队授旗仪式，就是要让党旗在网络建设一线高高飘扬。
今年，公司承担了全市412个5G基站和87个偏远行政村通信覆盖的建设任务，时间紧、任务重、困难多。越是这样的时候，越需要共产党员站出来、冲上去。
借此机会，我讲三点意见。
第一，要敢打头阵。突击队员要主动承担山区选址、高空作业等最难最险的任务，做到哪里有困难，哪里就有党员。
第二，要严守安全。登高作业必须系好安全带，雷雨天气一律停止户外作业，决不能以牺牲安全换进度。
第三，要服务群众。施工中要尊重群众意见，做好解释工作，把好事办好、实事办实。
同志们，党旗已经交到你们手中。希望大家不负重托，确保9月底前全面完成建设任务，向党和人民交上一份满意的答卷！
""",
    ),
    dict(
        slug="hospital-luanping-air-rescue-news",
        site="滦坪市中心医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lpzxyy.example.com/news/yydt/2025/11/4402.html",
        title="我院航空医疗救援基地正式投入运行",
        record_title="我院航空医疗救援基地正式投入运行-滦坪市中心医院",
        date="2025-11-06",
        notes="hospital site: 预约挂号 and 24-hour lines in the header; the news' own 联系电话 kept; photo caption between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我院航空医疗救援基地正式投入运行-滦坪市中心医院</title>
<script src="/static/js/swiper.js"></script></head><body>
<div class="topbar">⟦m 预约挂号：0315-6860000　急救电话：120⟧ <a>⟦a 患者服务⟧</a> <a>⟦a 智慧就医⟧</a></div>
<div class="logo">⟦m 滦坪市中心医院 三级甲等综合医院⟧</div>
<div class="nav">⟦m 医院概况 新闻中心 科室导航 专家介绍 就医指南 招聘信息⟧</div>
<div class="loc">⟦m 首页 / 新闻中心 / 医院动态⟧</div>
<div class="content"><h2>{T}</h2>
<div class="date">⟦m 时间：2025-11-06　作者：宣传科　阅读：1893次⟧</div>
{BODY}
<div class="page-nav">⟦l 上一条：我院举办第四届护理技能大赛⟧<br>⟦l 下一条：冬季流感高发 专家提醒做好防护⟧</div></div>
<div class="side"><div>⟦a 扫码关注医院服务号⟧</div><div>⟦l 专家门诊排班⟧</div></div>
<div class="footer">⟦m 地址：滦坪市建设北路66号⟧ ⟦d 版权所有©滦坪市中心医院 未经许可不得转载⟧ ⟦m 冀ICP备12018844号-2⟧</div>
</body></html>
""",
        body="""
11月5日，我院航空医疗救援基地正式投入运行，一架专业医疗救援直升机进驻医院楼顶停机坪，标志着我市急救进入“空地一体”新阶段。
该直升机配备呼吸机、除颤监护仪、负压担架等急救设备，可在150公里半径内开展院前急救和危重患者转运，飞行时速约250公里。
⟦m 图为医护人员进行直升机转运演练。⟧
医院组建了由急诊科、重症医学科和麻醉科医护人员组成的航空医疗救援队，共24人，全部通过了机上急救专项培训。
急诊科主任郝建平介绍，以往从偏远山区转运一名危重患者需要3个小时以上，现在最快40分钟就能送达医院。
各县区医疗机构如需申请航空转运，可联系医院急诊科调度室，联系电话：0315-6861120。
""",
    ),
    dict(
        slug="university-yishui-broadband-notice-wrapped",
        site="漪水师范学院 网络信息中心 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://nic.yishui-tc.example.edu.cn/info/1031/2217.htm",
        title="关于学生公寓宽带网络提速改造的通知",
        record_title="关于学生公寓宽带网络提速改造的通知-网络信息中心",
        date="2025-08-26",
        notes="hard-wrapped at 60 columns; university info-centre chrome; a sentence that tells students to 下载 a client and 扫码 is body",
        wrap=60,
        indent="\u3000\u3000",
        page="""
!m 漪水师范学院 网络信息中心
!m 首页 » 通知公告 » 正文
{T}
!m 发布者：网络信息中心　发布时间：2025-08-26　浏览：977
{BODY}
!a 【打印本页】　【关闭窗口】
!m 版权所有：漪水师范学院网络信息中心　技术支持：校园网运维组
""",
        body="""
各位同学：
为提升学生公寓上网体验，学校将于9月1日至9月7日对东、西两区学生公寓宽带网络进行提速改造，改造完成后每间宿舍带宽由100兆提升至500兆。
改造期间，各楼栋将分时段短暂断网，每次断网不超过2小时，具体时间以楼栋公告为准，请同学们提前做好准备。
改造完成后，请同学们在校园网主页下载新版认证客户端，或扫描宿舍门后的二维码完成绑定，原账号密码不变。
如有疑问，请到图书馆一楼网络服务窗口咨询，或拨打服务电话0746-2218600。
网络信息中心
2025年8月26日
""",
    ),
    dict(
        slug="localforum-yunping-massage-chair-post-junk",
        site="沅坪论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.yuanpingbbs.example.com/forum.php?mod=viewthread&tid=661204",
        title="商场共享按摩椅扫码后不退押金，有人遇到吗",
        record_title=None,
        date="2025-04-09",
        notes="a local forum complaint post: no record title, title found on the page; junk lines and glued junk; post time as the page date; floors after",
        junk=dict(lines=1, glued=2),
        page="""
!m 沅坪论坛 - 沅坪人自己的网上家园
!m 沅坪论坛 » 民生热线 » 查看内容
{T}
!m 发表于 2025-4-9 19:44 | 作者：半夏不吃糖 | 只看楼主
{BODY}
!l 2#　城南小胖：我也是！押金99到现在没退。
!l 3#　版主-风吹麦浪：已转市场监管局12315，请楼主私信提供订单号。
!a 高级模式　发表回复　回帖后跳转到最后一页
""",
        body="""
上周六在新天地商场三楼休息区用了一次共享按摩椅，扫码的时候要先交99元押金，说用完自动退。
结果用完一个星期了押金还没退，小程序里点“退押金”一直显示“处理中”，客服电话打了三次都没人接。
我查了一下，不止我一个人，好几个朋友也是这样。商场说按摩椅是第三方公司放的，他们管不了。
想问问大家有没有遇到过，最后是怎么解决的？要不要直接打12315投诉？
""",
    ),
    dict(
        slug="download-xiazaiba-monkey-park-rules-old",
        site="下载吧资料站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.xzbzl.example.cn/soft/word/2025/7731.html",
        title="猴山景区游客安全须知",
        record_title="猴山景区游客安全须知.doc下载",
        date=None,
        notes="old download station: file-info table with three mirror links and a dead-link report; upload date only; rules that tell visitors not to feed",
        page="""
<html><head><meta charset="gb2312"><title>猴山景区游客安全须知.doc下载 - 下载吧资料站</title>
<script src="/js/ad_top.js"></script></head><body>
<table width="980"><tr><td>⟦m 下载吧资料站 www.xzbzl.example.cn⟧</td><td>⟦a 会员登录⟧ ⟦a 快速注册⟧</td></tr></table>
<table width="980"><tr><td>⟦m 首页 → 文档范本 → 规章制度 → 猴山景区游客安全须知⟧</td></tr></table>
<table width="980" border="1">
<tr><td>⟦m 资料大小：24 KB⟧</td><td>⟦m 资料格式：.doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-06-03⟧</td><td>⟦m 下载次数：312⟧</td></tr>
<tr><td>⟦m 运行环境：Word/WPS⟧</td><td>⟦m 资料等级：★★★☆☆⟧</td></tr></table>
<h3>⟦m 资料简介⟧</h3>
<h1>{T}</h1>
{BODY}
<table width="980"><tr><td>⟦a 电信下载一⟧</td><td>⟦a 联通下载二⟧</td><td>⟦a 本地高速下载⟧</td></tr></table>
<p>⟦a 下载地址失效？点此报告⟧</p>
<p>⟦d 本站资料均来源于网络，仅供学习研究，请于下载后24小时内删除⟧</p>
<p>⟦l 同类资料：动物园游览须知.doc | 景区索道乘坐须知.doc | 漂流安全告知书.doc⟧</p>
</body></html>
""",
        body="""
为保障游客人身安全，维护景区猕猴生存环境，请各位游客遵守以下规定：
一、请勿投喂。景区猕猴有专人定时定量投喂，游客投喂的食物容易引发猴群争抢、攻击游客。
二、请勿挑逗。不要用手指、树枝等逗弄猕猴，不要与猕猴对视过久，不要拍打、追赶猕猴。
三、看管好随身物品。进入猴区前请将食品、塑料袋、眼镜、帽子等收好，防止被猕猴抢夺。
四、儿童须由成人陪同并牵好，不得单独进入观赏区。
五、如被猕猴抓伤、咬伤，请立即到游客中心医务室处理，并按医生建议及时接种疫苗。
""",
    ),
    dict(
        slug="rsks-tianehu-recruit-exam-timetable",
        site="渼阳市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.myrsks.example.gov.cn/ksgg/2025/03/12/8810.shtml",
        title="天鹅湖湿地保护中心2025年公开招聘工作人员公告",
        record_title="【考务公告】天鹅湖湿地保护中心2025年公开招聘工作人员公告",
        date="2025-03-10",
        date_also=["2025-03-12"],
        notes="personnel-exam site: technical helpline beside the employer's 咨询电话; a timetable one row a paragraph; 准考证 打印 sentence is body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【考务公告】天鹅湖湿地保护中心2025年公开招聘工作人员公告_渼阳市人事考试网</title></head>
<body><div class="hd">⟦m 渼阳市人事考试网⟧ <a>⟦a 考生登录⟧</a> <a>⟦a 成绩查询⟧</a></div>
<div class="menu">⟦m 网站首页 考试公告 报名入口 准考证打印 成绩查询 政策法规⟧</div>
<div class="bread">⟦m 您的位置：首页＞考试公告＞事业单位⟧</div>
<div class="box"><h1>{T}</h1>
<div class="src">⟦m 发布时间：2025-03-12 09:00　信息来源：市人社局⟧</div>
{BODY}
</div>
<div class="tip">⟦m 报名系统技术支持电话：0739-8123456（工作日9:00-17:00）⟧</div>
<div class="rel">⟦l 相关公告：渼阳市2025年事业单位统一招聘公告 · 市园林局所属事业单位招聘简章⟧</div>
<div class="foot">⟦m 主办单位：渼阳市人事考试院⟧ ⟦m 湘ICP备05006617号⟧</div>
</body></html>
""",
        body="""
根据工作需要，经市人社局批准，天鹅湖湿地保护中心面向社会公开招聘工作人员5名。现将有关事项公告如下：
一、招聘岗位：鸟类监测员2名、湿地巡护员2名、科普宣教员1名。
二、报名时间：2025年3月17日9:00至3月21日17:00，报名网址另行公布。
三、考试安排：
科目　日期　时间
公共基础知识　4月12日　9:00-11:00
专业知识　4月12日　14:30-16:30
四、考生请于4月9日至4月11日登录报名系统自行打印准考证。
五、咨询电话：0739-8260715（天鹅湖湿地保护中心办公室）。
天鹅湖湿地保护中心
2025年3月10日
""",
    ),
    dict(
        slug="tender-haiyu-jellyfish-net-contacts",
        site="海屿市公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://ggzy.haiyu.example.gov.cn/jyxx/zfcg/cggg/20250428/3391.html",
        title="海屿市金沙湾海水浴场水母拦截网采购项目竞争性磋商公告",
        record_title="海屿市金沙湾海水浴场水母拦截网采购项目竞争性磋商公告 - 政府采购 - 海屿市公共资源交易平台",
        date="2025-04-28",
        notes="tender portal: CA hotline and platform helpdesk beside purchaser and agency contacts; 磋商文件 下载 sentence is body",
        page="""
!m 海屿市公共资源交易平台
!m 交易信息 ＞ 政府采购 ＞ 采购公告
{T}
!m 【信息时间：2025-04-28】【阅读次数：207】【我要打印】【关闭】
{BODY}
!m CA数字证书办理热线：400-880-6617　平台技术咨询：0898-6612100
!l 上一条：海屿市第二中学食堂改造工程招标公告
!l 下一条：市环卫处垃圾转运车采购项目更正公告
""",
        body="""
项目编号：HYCG-2025-0413
一、项目名称：海屿市金沙湾海水浴场水母拦截网采购项目
二、采购预算：68万元
三、采购内容：采购并安装水母拦截网约1200米，含浮球、锚链及一年维护服务，详见磋商文件。
四、获取磋商文件：2025年4月29日至5月6日，供应商凭CA证书登录交易平台免费下载磋商文件。
五、响应文件提交截止时间：2025年5月12日9时30分。
六、联系方式
采购人：海屿市旅游和文化体育局　联系人：潘先生　电话：0898-6632017
采购代理机构：海屿正信招标咨询有限公司　联系人：黎女士　电话：0898-6655213
""",
    ),
    dict(
        slug="lawfirm-zhengheng-cooling-off-lecture",
        site="正衡律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="other",
        form="html",
        source="https://www.zhenghenglaw.example.com/insights/family/2025-0617.html",
        title="离婚冷静期里，这五件事要想清楚",
        record_title="律师说法丨离婚冷静期里，这五件事要想清楚 - 正衡律师事务所",
        date="2025-06-17",
        notes="law firm: byline with 发布日期, consult box and not-legal-advice notice; numbered points",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>律师说法丨离婚冷静期里，这五件事要想清楚 - 正衡律师事务所</title>
<link rel="stylesheet" href="/assets/site.css"></head><body>
<header>⟦m 正衡律师事务所 ZHENGHENG LAW FIRM⟧ <nav>⟦m 关于正衡 | 专业领域 | 律师团队 | 正衡观点 | 联系我们⟧</nav></header>
<main><p class="crumb">⟦m 正衡观点 / 婚姻家事⟧</p>
<h1>{T}</h1>
<p class="by">⟦m 作者：婚姻家事部 唐雅琴律师　发布日期：2025-06-17⟧</p>
{BODY}
<p class="disc">⟦d 本文仅为一般性法律知识分享，不视为对任何具体案件的法律意见。⟧</p>
<p>⟦w 家事咨询预约：0731-8812 6600（工作日），或在线留言由律师回电⟧</p>
<p>⟦l 延伸阅读：彩礼返还的几种情形｜抚养费标准如何确定⟧</p></main>
<footer>⟦d © 2025 正衡律师事务所 保留所有权利⟧ ⟦m 湘ICP备18007721号⟧</footer>
<script src="/assets/chat.js"></script></body></html>
""",
        body="""
民法典规定，自婚姻登记机关收到离婚登记申请之日起三十日内，任何一方不愿意离婚的，可以撤回申请。这三十天就是通常所说的离婚冷静期。
在这段时间里，我们建议当事人想清楚以下五件事：
1. 是否真的要离。冷静期的本意是给双方一个缓冲，不要因一时冲动作出决定。
2. 孩子怎么安排。由谁直接抚养、探望怎么约定、抚养费如何支付，都要写进离婚协议。
3. 财产怎么分。房产、存款、车辆、债务要一一列明，避免日后再起纠纷。
4. 期满后及时申请。冷静期届满后三十日内，双方应当亲自到婚姻登记机关申请发给离婚证，未申请的视为撤回离婚登记申请。
5. 协议不成怎么办。如果双方无法达成一致，可以向人民法院提起离婚诉讼。
""",
    ),
    dict(
        slug="community-shuiyue-gas-cylinder-notice",
        site="水月社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.shuiyue-sq.example.com/notice/2025/1102.html",
        title="关于开展液化气钢瓶入户安全检查的通知",
        record_title="【社区公告】关于开展液化气钢瓶入户安全检查的通知",
        date="2025-11-02",
        notes="residents' site: property hotline beside the committee's own contact; 回执 with blanks kept in the body",
        page="""
!m 水月社区网 | 邻里守望 共建家园
!m 首页 › 社区公告
{T}
!m 水月社区居委会　2025-11-02　阅读 455
{BODY}
!m 物业24小时服务热线：0734-8866110
!l 留言板（3）：请问周末上门吗？
!l 上一则：关于冬季楼道杂物清理的通知
""",
        body="""
各位居民：
为防范燃气安全事故，社区将联合街道安监办和燃气公司，于11月5日至11月15日对辖区使用液化气钢瓶的住户开展入户安全检查。
检查内容包括：钢瓶是否在检验有效期内、减压阀和连接软管是否老化、是否安装燃气泄漏报警器、厨房是否通风良好。
检查人员统一佩戴工作证，不收取任何费用，不推销任何产品，请居民朋友提高警惕，谨防假冒。
如检查时家中无人，请与社区联系预约时间。联系人：网格员 覃丽，电话：0734-8823019。
回执：　　栋　　单元　　号，户主：＿＿＿＿，可检查时间：＿＿＿＿
水月社区居民委员会
2025年11月2日
""",
    ),
    dict(
        slug="assoc-shanhu-coral-initiative-html",
        site="汐城市海洋生态保护协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.xc-marine.example.org/xhdt/2025/0608/219.html",
        title="保护珊瑚礁 守护蓝色家园倡议书",
        record_title="【协会倡议】保护珊瑚礁 守护蓝色家园倡议书",
        date="2025-06-08",
        notes="association site: member login, donation box, membership prompt; document's 联系邮箱 kept beside the site's mailbox",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【协会倡议】保护珊瑚礁 守护蓝色家园倡议书-汐城市海洋生态保护协会</title></head><body>
<div id="top">⟦m 汐城市海洋生态保护协会⟧ ⟦a 会员登录⟧ ⟦a 申请入会⟧</div>
<div id="nav">⟦m 协会概况 协会动态 科普园地 志愿服务 会员风采⟧</div>
<div id="pos">⟦m 首页 - 协会动态 - 正文⟧</div>
<div id="main"><h2>{T}</h2><p>⟦m 日期：2025-06-08　浏览：362⟧</p>
{BODY}
</div>
<div id="side"><div>⟦a 我要捐赠：每一份心意都会种下一株珊瑚⟧</div><div>⟦l 近期活动：世界海洋日净滩行动报名⟧</div></div>
<div id="foot">⟦m 协会邮箱：office@xc-marine.example.org⟧ ⟦m 琼ICP备20006112号⟧</div>
</body></html>
""",
        body="""
珊瑚礁被称为“海洋中的热带雨林”，是众多海洋生物的家园。近年来，受海水升温、过度捕捞和人为破坏等影响，我市近岸珊瑚礁覆盖率有所下降。值此世界海洋日，我会向全体会员和广大市民发出倡议：
一、潜水、浮潜时不触摸、不踩踏、不采摘珊瑚，不购买珊瑚制品。
二、不向海中丢弃垃圾，使用对珊瑚友好的防晒产品。
三、积极参加珊瑚移植、海底清洁等志愿活动，做珊瑚礁的守护者。
四、发现破坏珊瑚礁行为，及时向海洋执法部门举报。
志愿活动报名请发送邮件至 shanhu2025@xc-marine.example.org，注明姓名和联系电话。
汐城市海洋生态保护协会
2025年6月8日
""",
    ),
    dict(
        slug="corp-hanbing-ice-recall-notice",
        site="寒冰制冰有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.hanbing-ice.example.com/news/notice-2025-08.html",
        title="关于召回部分批次食用冰块的公告",
        record_title="关于召回部分批次食用冰块的公告 - 寒冰制冰",
        date="2025-08-15",
        notes="corporate site: cookie banner, order hotline beside the recall line; batch table one row a paragraph",
        page="""
!a 本网站使用Cookie以改善您的浏览体验，继续浏览即表示同意。【接受】
!m 寒冰制冰 · 洁净每一块冰
!m 首页 / 新闻公告 / 公司公告
{T}
!m 2025.08.15　　公司公告
{BODY}
!m 订购热线：400-717-2288
!l 返回列表
!d Copyright © 2025 寒冰制冰有限公司 All Rights Reserved.
""",
        body="""
尊敬的客户：
我公司在自检中发现，部分批次食用冰块菌落总数不符合食品安全国家标准。为保障消费者健康，我公司决定主动召回下列批次产品：
产品名称　规格　生产批号
食用方冰　2.5千克/袋　HB20250806
食用碎冰　5千克/袋　HB20250807
请已购买上述批次产品的客户立即停止使用，并联系我公司办理退换，召回专线：0898-6619018。
对此给您带来的不便，我们深表歉意。
寒冰制冰有限公司
2025年8月15日
""",
    ),
]
