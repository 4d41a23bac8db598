"""holdout181, part B: pot lids (锅盖). Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="wechat-chuniang-glass-lid-safety-reward",
        site="厨娘小灶 公众号镜像 (invented)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="html",
        source="https://wx.mirror-read.cn/s/chuniangxiaozao/20250611-2",
        title="钢化玻璃锅盖为什么会突然“炸裂”？这几点要记牢",
        record_title=None,
        date="2025-06-11",
        notes="WeChat mirror: account line date as publish line; follow prompt on a line of its own inside the body; reward and 在看 rows; no record title",
        page="""
<html><head><meta charset="utf-8"><title>钢化玻璃锅盖为什么会突然“炸裂”？这几点要记牢</title><meta name="viewport" content="width=device-width"></head>
<body><div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta"><span>⟦m 厨娘小灶⟧</span> <span>⟦m 2025-06-11 19:30⟧</span> <span>⟦m 发表于浙江⟧</span></div>
<div id="js_content">
{BODY}
</div>
<div class="reward">⟦a 喜欢作者　赞赏⟧</div>
<div class="tool">⟦l 阅读 4.1万　分享　在看 386⟧</div>
<div class="cmt">⟦l 精选留言　写留言⟧</div>
<div class="mirror-foot">⟦d 本页面由第三方工具生成，内容版权归原公众号所有。⟧</div>
</div></body></html>
""",
        p_html='<section style="margin:8px 0"><span style="font-size:15px">{}</span></section>',
        body="""
不少读者留言说，家里的玻璃锅盖放在灶台上好好的，“砰”一声就碎了一地。
其实钢化玻璃本身有极小概率自爆，但更多的是使用不当造成的：锅盖边缘磕碰出了看不见的裂纹，或者刚从火上拿下来就放进冷水里冲洗。
⟦a 点击上方蓝字“厨娘小灶”，关注我们，每天一个厨房小技巧⟧
买锅盖时，看清是否有3C认证和钢化标识，不锈钢包边要和玻璃贴合紧密。
用的时候，热锅盖先放在隔热垫上，等凉透了再洗；边缘一旦出现缺口，就别再凑合用了。
""",
    ),
    dict(
        slug="wenku-mingtai-lid-factory-summary-markers",
        site="明台文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.mingtaiwenku.com/p-39017722.html",
        title="锘城县金锐厨具有限公司2024年度工作总结",
        record_title="锘城县金锐厨具有限公司2024年度工作总结（可编辑）",
        date="2025-01-10",
        notes="文库 preview: page markers ⸋n⸋ cut sentences (mixed glue); preview-end prompt; uploader line with upload date no date; 成文日期 in the body",
        page="""
!m 明台文库 — 海量文档 免费预览
!t 锘城县金锐厨具有限公司2024年度工作总结（可编辑）
!m 上传人：jr_admin　上传时间：2025-02-03　页数：4　下载券：3
!a 〖下载本文档〗　〖加入文件夹〗　〖分享〗
{BODY}
!a 预览已到末页，完整文档共4页，下载后可查看全部内容
!l 相关文档推荐：厨具企业年度安全生产总结　不锈钢制品公司年度工作报告
!d 本文档由用户上传，明台文库仅提供信息存储空间，如侵权请举报。
""",
        pages=dict(fmt="⸋{n}⸋", every=120, start=2, glue="mix"),
        body="""
2024年，公司围绕“做精一只锅盖”的目标，在市场波动较大的情况下保持了平稳发展，现将全年工作总结如下。
一、经营情况。全年生产玻璃锅盖、不锈钢锅盖、硅胶锅盖等产品186万只，实现销售收入9460万元，同比增长7.8%；出口占比提高到41%。
二、质量管理。新增抗热冲击试验设备两台，玻璃锅盖全部实行逐只检验，全年客户投诉12起，比上年减少9起。
三、存在问题。原材料价格上涨挤压利润，自主品牌在国内电商渠道的知名度仍然不高。
2025年，公司将加快可立式锅盖等新品的研发，争取新品销售占比达到三成。
锘城县金锐厨具有限公司
2025年1月10日
""",
    ),
    dict(
        slug="dangjian-chuju-branch-speech-date-under-title",
        site="锝阳市非公党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://fgdj.deyang.gov.cn/zbfc/2025/0701/3316.html",
        title="在厨具产业园党支部“七一”表彰会上的讲话",
        record_title="【支部风采】在厨具产业园党支部“七一”表彰会上的讲话_锝阳市非公党建网",
        date="2025-06-30",
        notes="Party-building portal: date under the speech title and speaker line neutral; study-points line; decorated record title",
        page="""
<html><head><meta charset="utf-8"><title>【支部风采】在厨具产业园党支部“七一”表彰会上的讲话_锝阳市非公党建网</title></head>
<body>
<div class="banner">⟦m 锝阳市非公有制经济组织和社会组织党建网⟧</div>
<div class="nav">⟦m 首页　党建动态　支部风采　学习园地　党员之家⟧</div>
<div class="location">⟦m 当前位置：首页 - 支部风采⟧</div>
<div class="article">
<h1>{T}</h1>
<p class="sub">园区党委书记　汪敏</p>
<p class="sub">（2025年6月30日）</p>
{BODY}
</div>
<div class="study">⟦a 阅读本文可获得学习积分 1 分，请登录后阅读⟧</div>
<div class="pn">⟦l 上一篇：园区流动党员“回家”活动侧记⟧ ⟦l 下一篇：关于开展党员先锋岗评选的通知⟧</div>
<div class="footer">⟦m 中共锝阳市委社会工作部主办⟧ ⟦m 技术支持：锝阳市大数据中心⟧</div>
</body></html>
""",
        body="""
同志们：
今天我们在这里召开表彰会，庆祝党的生日，表彰一批优秀共产党员和党员先锋岗。
过去一年，园区各支部把党建工作和生产经营拧在一起。锅盖车间党员突击队攻关玻璃与不锈钢包边一体成型工艺，把废品率从4%降到了1.2%，这就是党员作用最直接的体现。
希望受表彰的同志珍惜荣誉、再接再厉，也希望全体党员向他们学习，在各自岗位上亮身份、作表率。
""",
    ),
    dict(
        slug="anthology-wooden-lid-memoir-wrapped",
        site="锃原杂记 个人文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://wenji.zengyuanzaji.net/juan2/047.html",
        title="外婆家的木锅盖",
        record_title="《锃原杂记》卷二·第47篇｜外婆家的木锅盖",
        date=None,
        notes="personal collection, hard-wrapped at 62 columns; 写于 year is no date; chapter navigation and comment box",
        page="""
!m 锃原杂记 · 老魏的文字小屋
!m 目录 ＞ 卷二 乡土 ＞ 第47篇
{T}
!m 字数：612　　阅读：228
{BODY}
!m 写于2019年冬
!l 上一篇：村口的磨坊　　下一篇：腊月里的杀猪菜
!l 发表评论（需登录）
!m 本站文字均为原创，转载请注明出处。
""",
        indent="\u3000\u3000",
        wrap=62,
        body="""
外婆家的灶台上，常年扣着一口杉木做的大锅盖，比我小时候的身子还宽。
那锅盖是外公年轻时自己箍的，木板拼得严丝合缝，中间钉了一道横梁当把手。蒸馒头的时候，热气从锅盖边上一圈圈往外冒，满屋子都是麦香。
后来家里换了煤气灶，用上了玻璃锅盖，那口木锅盖就挂到了墙上，再也没取下来过。
前几年老屋翻修，我把它带回了城里，放在书房里。每回看见它，就像又闻到了外婆灶间的味道。
""",
    ),
    dict(
        slug="county-forum-canteen-lid-reply-jammer",
        site="锫江论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="http://bbs.peijiang.net/forum.php?mod=viewthread&tid=618830",
        title="学校食堂蒸饭不盖锅盖，饭菜凉得快谁来管管",
        record_title="学校食堂蒸饭不盖锅盖，饭菜凉得快谁来管管 - 民生直通车 - 锫江论坛",
        date=None,
        notes="Discuz-like county forum with jammer fonts; the thread plus an official reply block marked as list; 发表于 date taken as no date for a complaint post (relative)",
        page="""
<html><head><meta charset="gbk"><title>学校食堂蒸饭不盖锅盖，饭菜凉得快谁来管管 - 民生直通车 - 锫江论坛</title><style>.jammer{font-size:0;color:#fff}</style></head>
<body>
<div id="hd">⟦m 锫江论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 锫江论坛 › 民生直通车 › 查看内容⟧</div>
<table><tr><td class="pls">⟦m 家住城南⟧<br>⟦m 帖子 58 积分 213⟧</td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 昨天 21:06⟧ ⟦m 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 回复 支持 反对 举报⟧</div></td></tr></table>
<div class="reply">⟦l 官方回复：锫江县教育局后勤科已收到，将安排人员到校核实。⟧</div>
<div id="ft">⟦m 锫江论坛 版权所有 Powered by Discuz!⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
我家孩子在城南中学住校，这几天回家都说中午的米饭是凉的。
我去学校送东西顺便看了一眼，食堂蒸饭柜旁边的几口大锅，菜炒好以后锅盖都没盖，就那么敞着放了半个多小时。天气一冷，饭菜端到孩子手里早就凉透了，也不卫生。
希望学校给这些锅配齐锅盖，再加几个保温桶，花不了几个钱。
""",
    ),
    dict(
        slug="corp-jinrui-lid-recall-announcement",
        site="金锐厨具官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.jinrui-cookware.com/news/notice/2025081501.html",
        title="关于主动召回部分型号可视玻璃锅盖的公告",
        record_title="公司公告丨关于主动召回部分型号可视玻璃锅盖的公告",
        date="2025-08-15",
        notes="company site: the recall line beside a 400 sales line in the footer; table of models; 成文日期",
        page="""
!m 金锐厨具 JINRUI　|　首页　产品中心　新闻动态　服务支持　联系我们
!m 新闻动态 > 公司公告
!t 公司公告丨关于主动召回部分型号可视玻璃锅盖的公告
!m 2025.08.15　浏览量：3021
{BODY}
!l 上一篇：金锐厨具亮相广州厨卫展
!w 在线客服　全国销售热线：400-188-9326
!m 锘城县金锐厨具有限公司 版权所有　浙ICP备17033902号-1
""",
        body="""
尊敬的用户：
经内部质量追溯，我公司2025年3月生产的部分可视玻璃锅盖，不锈钢包边与玻璃之间的粘接胶耐温不足，长时间高温使用后可能出现包边松脱。为保障用户安全，公司决定主动召回以下产品：
型号　口径　生产批次
JR-G28　28厘米　250301-250318
JR-G32　32厘米　250305-250322
请持有上述产品的用户停止使用，拨打召回专线0575-86021377登记，公司将免费更换新品并承担往返运费。
锘城县金锐厨具有限公司
2025年8月15日
""",
    ),
    dict(
        slug="wiki-baike-guogai-entry-infobox",
        site="知道百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhidao-wiki.cn/item/锅盖/80421",
        title="锅盖",
        record_title="锅盖_知道百科",
        date=None,
        notes="encyclopaedia entry with infobox, contents, edit links and history tab; an example year inside a sentence is no date",
        page="""
<html><head><meta charset="utf-8"><title>锅盖_知道百科</title></head>
<body>
<div class="top">⟦m 知道百科⟧ <input placeholder="搜索词条"> ⟦a 进入词条⟧ ⟦a 登录⟧</div>
<div class="tabs">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧ ⟦a 收藏⟧</div>
<h1>{T}</h1>
<div class="infobox"><dl><dt>⟦m 中文名：锅盖⟧</dt><dt>⟦m 外文名：pot lid⟧</dt><dt>⟦m 分　类：炊具配件⟧</dt><dt>⟦m 材　质：木、玻璃、不锈钢等⟧</dt></dl></div>
<div class="catalog">⟦l 目录　1 简介　2 材质　3 选购⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：1.《厨房用具简史》⟧</div>
<div class="stat">⟦m 浏览次数：26318次　编辑次数：9次　最近更新：厨具小编⟧</div>
<div class="foot">⟦d 词条内容仅供参考，如需专业意见请咨询相关人士。⟧ ⟦m ©2025 知道百科⟧</div>
</body></html>
""",
        body="""
锅盖，盖在锅上用以保温、防尘、加快烹煮的器具，是常见的炊具配件。
传统锅盖多用杉木、竹篾等材料制作，北方也有用高粱秆编成的锅盖，透气而不滴水。
现代家庭多用钢化玻璃锅盖和不锈钢锅盖，前者便于观察锅内情况，后者耐摔耐用。
选购锅盖时应注意口径与锅沿吻合，把手隔热，玻璃锅盖应标明钢化工艺。
""",
    ),
    dict(
        slug="writingapp-canteen-cook-insight-oneline",
        site="笔速 范文APP (invented)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://h5.bisu-app.com/share/art/660918?from=app",
        title="食堂厨师参加“光盘行动”锅边培训心得体会",
        record_title="食堂厨师参加“光盘行动”锅边培训心得体会（精选）｜笔速",
        date=None,
        notes="writing-app share page, body on one line; app open prompts and AI-rewrite button; no date",
        page="""
!a 打开笔速APP，阅读体验更佳
!t 食堂厨师参加“光盘行动”锅边培训心得体会（精选）｜笔速
!m 笔速范文　·　收录于「心得体会」　·　12.4万人读过
{BODY}
!a AI改写这篇　一键生成同类范文
!a 下载笔速APP，解锁全部精选范文
!m 笔速 — 公文写作好帮手
""",
        oneline=True,
        body="""
这次培训，让我这个干了十五年的老厨师重新认识了一口锅。
培训老师讲，大锅炒菜不盖锅盖，热量散失多，菜熟得慢，出锅时间一拖，学生打到的菜量就不好控制。
回到食堂后，我们给每口大锅都配了带观察窗的锅盖，按就餐人数分批出锅，一个月下来，剩菜比原来少了差不多两成。
节约不是一句口号，要落到灶台上的每一个细节里。
""",
    ),
    dict(
        slug="tender-peicheng-canteen-pots-lids-result",
        site="锫城县公共资源交易网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.peicheng.gov.cn/jyxx/zfcg/zbgg/202504/t20250422_8810.html",
        title="锫城县第二中学食堂炊具（锅具及锅盖）采购项目中标结果公告",
        record_title="锫城县第二中学食堂炊具（锅具及锅盖）采购项目中标结果公告",
        date="2025-04-22",
        record_date="2025-04-22",
        notes="tender platform: result table, purchaser and agency contacts in the body beside the platform's CA hotline; record gives title and date",
        page="""
<html><head><meta charset="utf-8"><title>锫城县公共资源交易网</title></head>
<body>
<div class="header">⟦m 锫城县公共资源交易网⟧ ⟦a 用户登录⟧ ⟦a CA证书办理⟧</div>
<div class="nav">⟦m 首页 ｜ 交易信息 ｜ 政策法规 ｜ 办事指南 ｜ 诚信体系⟧</div>
<div class="crumb">⟦m 交易信息 > 政府采购 > 中标公告⟧</div>
<h3>{T}</h3>
<div class="info">⟦m 信息来源：锫城县公共资源交易中心　发布时间：2025-04-22　浏览：147⟧</div>
<div class="ewb-article">
{BODY}
</div>
<div class="foot">⟦m CA数字证书服务热线：0553-7712090⟧ ⟦m 平台技术支持：0553-7712098⟧<br>⟦m 锫城县公共资源交易中心 版权所有⟧</div>
</body></html>
""",
        body="""
一、项目编号：PCZC-2025-0417
二、项目名称：锫城县第二中学食堂炊具（锅具及锅盖）采购项目
三、中标信息
包号　中标供应商　中标金额（元）
1　锫城县鑫厨商用设备有限公司　186400.00
2　锘城县金锐厨具有限公司　52800.00
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：锫城县第二中学，联系人：何老师，电话：0553-7731026
代理机构：锫城正衡招标代理有限公司，联系人：许工，电话：0553-7705512
""",
    ),
    dict(
        slug="hospital-xiaoyun-burns-lid-steam-article",
        site="锫城县人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="news",
        form="text",
        source="https://www.pcxrmyy.com/jkkp/2025/0304/6011.html",
        title="掀锅盖时被蒸汽烫伤怎么办？烧伤科医生教你正确处理",
        record_title="【健康科普】掀锅盖时被蒸汽烫伤怎么办？烧伤科医生教你正确处理 - 锫城县人民医院",
        date="2025-03-04",
        notes="hospital site: 发布时间 byline; the department's own 咨询电话 beside the hospital's 24-hour and booking lines; 'cool, rinse' numbered list",
        page="""
!m 锫城县人民医院 · 二级甲等综合医院
!m 首页 ｜ 医院概况 ｜ 科室导航 ｜ 专家介绍 ｜ 健康科普 ｜ 就医指南
!m 您的位置：首页 ＞ 健康科普
!t 【健康科普】掀锅盖时被蒸汽烫伤怎么办？烧伤科医生教你正确处理
!m 发布时间：2025-03-04　作者：烧伤整形科 骆颖　阅读：702
{BODY}
!a 分享到微信　打印本页
!m 预约挂号：0553-7768120　24小时急诊：0553-7768999
!m 地址：锫城县人民路117号　皖ICP备13007725号
""",
        body="""
冬天蒸馒头、炖汤的家庭多，掀锅盖时手和小臂被蒸汽烫伤的患者明显增多。
蒸汽烫伤看着只是发红，热量却已经渗进皮肤深层，处理不当容易起大水泡、留疤。
正确的做法是：
1. 立即用流动的凉水冲洗伤处15到20分钟。
2. 轻轻脱去或剪开伤处的衣物，不要硬扯。
3. 不要涂牙膏、酱油，水泡不要自己挑破，用干净纱布覆盖后就医。
平时掀锅盖时，可以先把锅盖斜着掀开一道缝，让蒸汽从远离身体的一侧散出。
烧伤整形科门诊咨询电话：0553-7768236。
""",
    ),
]
