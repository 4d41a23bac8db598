"""holdout141, part B. Invented text, sites, places and chrome; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="collection-laozhong-bassoon-speech",
        site="钟老文存 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.zhonglao-wencun.net/juan3/041.htm",
        title="在茱萸市青年管乐团大管声部成立仪式上的讲话",
        record_title="《钟老文存》卷三·第41篇｜在茱萸市青年管乐团大管声部成立仪式上的讲话",
        date="2019-11-09",
        notes="a retired musician's collection; date under the speech title in Chinese numerals; speaker line neutral; speech keeps the speaker's role",
        page="""
!m 钟老文存 · 卷三　乐事杂记
!m 目录 ｜ 上一篇 ｜ 下一篇
!t 《钟老文存》卷三·第41篇｜在茱萸市青年管乐团大管声部成立仪式上的讲话
{T}
（二〇一九年十一月九日）
茱萸市音乐家协会名誉主席　钟伯年
{BODY}
!m 本卷录入：钟小禾　校对：林晓
!l ← 卷三·第40篇　　卷三·第42篇 →
!d 文存为家属整理，仅供亲友阅览，请勿商用。
""",
        indent="\u3000\u3000",
        body="""
各位同学、各位老师：
今天，青年管乐团大管声部正式成立了。我干了一辈子管乐，今天看到七个年轻人抱着大管坐在这里，心里很高兴。
大管这件乐器，在乐队里常常不显眼，但缺了它，低音就空了一块。它像一个家里的老大哥，不抢风头，却总在该出声的时候稳稳托住大家。
我对同学们有三点希望。第一，要耐得住寂寞，大管入门慢，簧片要自己削，一削就是几年。第二，要多听，多听交响乐，听听大管在整体里是怎么说话的。第三，要爱护乐器，大管贵，也娇气，每次吹完要擦干，放进琴盒。
最后，感谢市文化馆为声部购置了乐器，感谢各位老师的辛勤付出。祝大管声部越办越好！
""",
    ),
    dict(
        slug="dangjian-lishan-lithium-mine-party-lecture",
        site="栗山先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.lishanxf.gov.cn/djdt/202507/t20250703_28814.html",
        title="把支部建在矿区一线——在锂矿企业党建联建推进会上的讲话",
        record_title="把支部建在矿区一线——在锂矿企业党建联建推进会上的讲话_栗山先锋网",
        date="2025-07-01",
        notes="Party-building portal; date under the speech title; speaker line neutral; hotline and ICP footer; a study-points box between paragraphs",
        page="""
<html><head><meta charset="utf-8"><title>把支部建在矿区一线——在锂矿企业党建联建推进会上的讲话_栗山先锋网</title></head>
<body>
<div class="banner">⟦m 栗山先锋网⟧ ⟦m 中共栗山县委组织部主办⟧</div>
<div class="menu">⟦m 首页　组工动态　基层党建　干部工作　人才工作　党员教育⟧</div>
<div class="pos">⟦m 当前位置：首页 › 基层党建 › 两新党建⟧</div>
<h1>{T}</h1>
<p class="date">（2025年7月1日）</p>
<p class="speaker">县委常委、组织部部长　葛文韬</p>
<div class="txt">
{BODY}
</div>
<div class="bar">⟦a 【打印】⟧⟦a 【收藏】⟧⟦a 【关闭】⟧</div>
<div class="foot">⟦m 主办：中共栗山县委组织部　承办：县党员教育中心⟧<br>⟦m 12380举报电话：0975-12380　赣ICP备13006617号⟧</div>
</body></html>
""",
        body="""
同志们：
今天我们在锂矿园区召开党建联建推进会，目的是把党组织的触角延伸到矿区一线，让党建工作和企业生产经营深度融合。
一、坚持把支部建在矿区一线
全县3家锂矿采选企业现有党员116名，分布在采矿、选矿、运输等12个工区。要按照“工区有支部、班组有党员”的要求，年底前实现工区党组织全覆盖。
⟦a 学习积分+2　点击完成本篇学习打卡⟧
二、坚持把党员培养成生产骨干
要在爆破、尾矿库管理等关键岗位设立党员责任区，开展“党员安全示范岗”创建，让党员在安全生产和技术攻关中亮身份、作表率。
三、坚持把联建成果转化为发展成效
乡镇党委、园区党工委和企业党组织要定期召开联席会议，协调解决用工、用地、生态修复等实际问题，推动矿区和周边村共建共享。
同志们，矿区党建大有可为。希望大家以这次会议为契机，推动全县两新组织党建工作再上新台阶。
""",
    ),
    dict(
        slug="hospital-haitang-pufferfish-warning",
        site="海棠市第三人民医院官网 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.htsy3.com/news/jkkp/2025-04-02/1182.html",
        title="谨防河豚中毒 春季食用安全提示",
        record_title="【健康科普】谨防河豚中毒 春季食用安全提示",
        date="2025-04-01",
        notes="hospital site with floating consult box; the notice's own 急诊电话 kept next to the hospital's booking line in the footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>谨防河豚中毒 春季食用安全提示-海棠市第三人民医院</title><script src="/static/kefu.js"></script></head>
<body>
<div class="top">⟦m 海棠市第三人民医院　三级乙等综合医院⟧ ⟦a 预约挂号⟧ ⟦a 报告查询⟧</div>
<div class="nav">⟦m 首页｜医院概况｜科室导航｜专家介绍｜就医指南｜健康科普｜党建文化⟧</div>
<div class="loc">⟦m 首页 &gt; 健康科普 &gt; 正文⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 供稿：急诊科　审核：宣传科　发布日期：2025-04-02　阅读量：2204⟧</div>
<div class="body">
{BODY}
</div>
<div class="kefu">⟦w 在线咨询　微信扫一扫添加健康顾问⟧</div>
<div class="footer">⟦m 医院地址：海棠市滨江大道88号⟧<br>⟦m 预约电话：0596-2266120　24小时服务⟧<br>⟦d Copyright © 海棠市第三人民医院 版权所有⟧</div>
</body></html>
""",
        body="""
每年3月至5月是河豚产卵期，也是河豚毒素含量最高的时期。近期我院急诊科已接诊2例疑似食用自制河豚后中毒的患者，现提醒广大市民注意以下事项。
一、河豚毒素是一种强烈的神经毒素，煮沸、日晒、盐腌都不能将其破坏，进食后10分钟至3小时内即可发病。
二、中毒早期表现为口唇、舌尖和手指发麻，继而出现四肢无力、眼睑下垂、呼吸困难，严重者可在数小时内死亡。
三、切勿自行捕捞、购买、加工野生河豚，不要食用来源不明的河豚干制品。
四、一旦出现上述症状，应立即催吐并尽快就医，同时保留剩余食物。
我院急诊科24小时接诊，急诊电话：0596-2266999。
海棠市第三人民医院急诊科
2025年4月1日
""",
    ),
    dict(
        slug="univ-qiongzhou-documentary-workshop",
        site="琼州师范学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.qzsf.edu.cn/info/1044/22871.htm",
        title="我校纪录片工作坊作品入围省大学生影像节",
        record_title="我校纪录片工作坊作品入围省大学生影像节-琼州师范学院新闻网",
        date="2025-11-18",
        notes="university news template; byline date; photographer and editor lines; a related-news box",
        page="""
<html><head><meta charset="utf-8"><title>我校纪录片工作坊作品入围省大学生影像节-琼州师范学院新闻网</title></head>
<body>
<div class="header">⟦m 琼州师范学院新闻网⟧ ⟦m 学校首页　综合新闻　院系动态　媒体师院　校园人物⟧</div>
<div class="path">⟦m 首页 &gt;&gt; 院系动态 &gt;&gt; 正文⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布时间：2025-11-18　作者：传媒学院　点击：[341]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="writer">⟦m （文/梁雨桐　图/郝一鸣　编辑/覃怡　审核/韦国栋）⟧</div>
<div class="rel">⟦l 相关新闻：传媒学院举办影视创作分享会 ｜ 我校学子获全国广告大赛三等奖⟧</div>
<div class="copy">⟦m 地址：琼州市学府路1号　邮编：571900⟧ ⟦d 版权所有 © 琼州师范学院党委宣传部⟧</div>
</body></html>
""",
        body="""
近日，第九届省大学生影像节公布入围名单，我校传媒学院纪录片工作坊创作的《渔排上的课堂》入围纪录片单元，这是我校学生作品第三次入围该影像节。
《渔排上的课堂》时长28分钟，记录了一名支教老师在海上渔排为渔民子女补习功课的一年。创作团队由5名本科生组成，历时10个月、往返渔排40余次完成拍摄。
工作坊指导教师符晓岚介绍，纪录片工作坊成立于2021年，每学期招收15名左右学生，采取“项目制”教学，从选题、拍摄到剪辑均由学生独立完成，教师全程指导。
据悉，影像节终评将于12月在省会举行，入围作品将在全省高校巡回展映。
""",
    ),
    dict(
        slug="localforum-tonglu-bingfen-stall-rules",
        site="桐麓在线 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.tonglu-online.com/forum.php?mod=viewthread&tid=318847",
        title="桐麓镇夏季冰粉摊点经营规范提示",
        record_title="【民生】桐麓镇夏季冰粉摊点经营规范提示（摊主们注意了）",
        date="2025-06-10",
        notes="local forum repost; 发布于 line; junk lines and glued junk; a member signature line after the body",
        page="""
!m 桐麓在线 › 桐麓杂谈 › 民生资讯
!t 【民生】桐麓镇夏季冰粉摊点经营规范提示（摊主们注意了）
!m 发布于 2025-6-10 17:26 | 楼主：老街阿伟
!m 查看 3391 · 回复 42
{BODY}
!m ------签名：老街阿伟 本地吃货 一枚------
!l 沙发 #2 冰粉西施：收到，谢谢楼主
!l 板凳 #3 阿强：红糖要用正规的是吧
!a 快速回复　　[ 登录 ] 后才能发表回复
!m 桐麓在线 · 桐麓人自己的网上家园　联系站长：QQ 2017338
""",
        junk=dict(lines=1, glued=2),
        body="""
广大冰粉经营户：
入夏以来，我镇冰粉、凉虾等冷饮摊点明显增多。为保障群众饮食安全，镇市场监管所提示如下。
一、经营户须办理食品小摊点备案卡，并将备案卡、健康证明悬挂在摊位醒目位置。
二、冰粉籽、红糖、山楂碎等原料应从正规渠道购进，保留进货票据，不得使用来源不明的色素和香精。
三、制作用水须为符合卫生标准的饮用水，成品冰粉须加盖防蝇防尘，隔夜冰粉不得继续销售。
四、摊点须配备带盖垃圾桶，收摊后及时清扫，不得向下水道倾倒糖水和废料。
对违反上述规定的，市场监管所将依法处理。
桐麓镇市场监督管理所
2025年6月10日
""",
    ),
    dict(
        slug="download-nongzi-herbicide-manual",
        site="农资下载站 (invented)",
        style="资料下载站",
        genre="其他",
        kind="other",
        form="html",
        source="http://www.nongzidown.cn/soft/4417.html",
        title="稻田除草剂安全使用技术要点",
        record_title="稻田除草剂安全使用技术要点 免费下载",
        date=None,
        notes="old download station: file-info table with mirror links and a dead-link report; update stamp is no date; the document's own 打印/下载 sentence kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>稻田除草剂安全使用技术要点 免费下载_农资下载站</title></head>
<body>
<table width="950"><tr><td>⟦m 农资下载站　www.nongzidown.cn⟧</td><td>⟦m 农业资料　种植技术　养殖技术　农机维修⟧</td></tr></table>
<table width="950">
<tr><td>⟦m 资料名称：稻田除草剂安全使用技术要点⟧</td></tr>
<tr><td>⟦m 资料大小：312 KB　　资料语言：简体中文⟧</td></tr>
<tr><td>⟦m 更新时间：2025-05-07　　下载次数：2871⟧</td></tr>
<tr><td>⟦m 运行环境：Word / WPS⟧</td></tr>
</table>
<h3>{T}</h3>
<div class="jianjie">
{BODY}
</div>
<table><tr><td>⟦a 下载地址一：电信下载⟧</td><td>⟦a 下载地址二：联通下载⟧</td><td>⟦a 下载地址三：备用下载⟧</td></tr></table>
<p>⟦a 如下载链接失效，请点此报告死链⟧</p>
<p>⟦d 本站资料均来自网络，仅供学习研究，下载后请于24小时内删除。⟧</p>
<p>⟦m Copyright 2008-2025 农资下载站 京ICP备08127756号⟧</p>
</body></html>
""",
        body="""
一、选准药剂
根据田间杂草种类选药：以稗草为主的田块选用五氟磺草胺或氰氟草酯，阔叶草和莎草较多的田块可选用吡嘧磺隆等药剂，不得随意加大剂量或几种药剂自行混配。
二、掌握时期
移栽田在插秧后5至7天、秧苗返青后施药；直播田在播种后杂草2至3叶期施药，施药时田间保持3至5厘米浅水层，保水5至7天。
三、注意安全
1.施药时穿长衣长裤，佩戴口罩和手套，不吃东西、不吸烟。
2.大风、高温天气不要施药，防止药液飘移到邻近的蔬菜和瓜果田。
3.农药包装废弃物不要随手丢弃，应交到村里的回收点集中处理。
四、其他
本要点可打印张贴在村农资服务点，也可下载后转发到种植户微信群，供农户施药时参考。
""",
    ),
    dict(
        slug="exam-donggang-icebreaker-crew-recruit",
        site="东港市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.dgrsks.gov.cn/sydw/2025/1105/3310.html",
        title="东港市港航事务中心2025年公开招聘破冰船船员公告",
        record_title="东港市港航事务中心2025年公开招聘破冰船船员公告_事业单位招聘_东港市人事考试网",
        date="2025-11-05",
        notes="exam site; data table of posts; the announcement's own 咨询电话 beside the system's technical line; 附件",
        page="""
!m 东港市人事考试网
!m 首页 > 事业单位招聘 > 招聘公告
!t 东港市港航事务中心2025年公开招聘破冰船船员公告_事业单位招聘_东港市人事考试网
!m 信息来源：东港市港航事务中心　发布时间：2025-11-05　访问量：4712
!a 【打印】【关闭】【大 中 小】
{T}
{BODY}
!m 网上报名系统技术咨询：0415-3168802（工作日）
!l 上一条：东港市2025年下半年中小学教师招聘面试公告
!l 下一条：关于2025年度专业技术人员继续教育的通知
!m 东港市人事考试中心 版权所有　辽ICP备10013027号
""",
        body="""
根据工作需要，经市人力资源和社会保障局批准，东港市港航事务中心面向社会公开招聘破冰船船员6名，现将有关事项公告如下。
一、招聘岗位
岗位名称　人数　学历要求　其他条件
轮机员　2　大专及以上　持有效三管轮及以上适任证书
水手　3　中专及以上　持有效值班水手证书
机工　1　中专及以上　持有效值班机工证书
二、报名时间和方式
2025年11月10日9:00至11月16日17:00，登录东港市人事考试网网上报名系统报名。
三、考试
考试分为笔试和实操考核，笔试内容为船舶安全和冰区航行基本知识，实操考核在港航事务中心码头进行，具体时间另行通知。
四、待遇
聘用人员实行事业单位工资制度，冰期（每年12月至次年3月）出航另发冰区作业补贴。
咨询电话：0415-3170656（港航事务中心人事科）
附件：东港市港航事务中心2025年公开招聘破冰船船员报名表
东港市港航事务中心
2025年11月5日
""",
    ),
    dict(
        slug="tender-yaoshan-road-roller-procurement",
        site="瑶山县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.yaoshan.gov.cn/jyxx/zfcg/cggg/20250819/0072.html",
        title="瑶山县公路养护中心振动压路机采购项目竞争性磋商公告",
        record_title=None,
        date="2025-08-19",
        notes="tender platform; missing record title found on the page; purchaser and agency contacts kept beside a CA hotline in the footer; lot table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>瑶山县公共资源交易网</title></head>
<body>
<div class="hd">⟦m 瑶山县公共资源交易网⟧ ⟦a 会员登录　注册⟧</div>
<div class="nav">⟦m 首页　交易信息　政策法规　服务指南　下载中心⟧</div>
<div class="crumb">⟦m 交易信息 &gt; 政府采购 &gt; 采购公告⟧</div>
<h3 class="title">{T}</h3>
<div class="sub">⟦m 【信息时间：2025-08-19　阅读次数：188】⟧ ⟦a 【我要打印】⟧ ⟦a 【关闭】⟧</div>
<div class="ewb-article">
{BODY}
</div>
<div class="fj">⟦l 相关公告：瑶山县公路养护中心洒水车采购项目成交结果公告⟧</div>
<div class="ft">⟦m CA数字证书办理热线：400-0077-123⟧<br>⟦m 主办单位：瑶山县公共资源交易中心　桂ICP备15008712号⟧</div>
</body></html>
""",
        body="""
项目概况：瑶山县公路养护中心振动压路机采购项目的潜在供应商应在瑶山县公共资源交易网获取磋商文件，并于2025年9月1日9时30分前提交响应文件。
一、项目基本情况
项目编号：YSCG2025-0731
预算金额：86万元
采购需求：
包号　名称　数量　主要参数
1　单钢轮振动压路机　1台　工作质量不小于20吨
2　双钢轮振动压路机　1台　工作质量不小于10吨
二、供应商资格要求
1.满足《中华人民共和国政府采购法》第二十二条规定。
2.本项目不接受联合体响应。
三、获取磋商文件
时间：2025年8月20日至8月26日，每天9:00至17:00，在交易网免费下载。
四、联系方式
采购人：瑶山县公路养护中心　联系人：蒙工　电话：0774-8712603
采购代理机构：广瑶项目管理有限公司　联系人：黄女士　电话：0774-8835519
""",
    ),
    dict(
        slug="lawfirm-jinshi-padlock-oem-dispute",
        site="金石律师事务所 (invented)",
        style="律所网站",
        genre="其他",
        kind="other",
        form="text",
        source="https://www.jinshilaw.cn/anli/2025/0612.html",
        title="挂锁代工合同纠纷中的质量异议期问题",
        record_title="案例评析丨挂锁代工合同纠纷中的质量异议期问题 - 金石律师事务所",
        date="2025-06-12",
        notes="law firm case note; author line; consultation prompt glued after the last sentence; a 免责声明",
        page="""
!m 金石律师事务所 JINSHI LAW FIRM
!m 首页 / 律师观点 / 案例评析
!t 案例评析丨挂锁代工合同纠纷中的质量异议期问题 - 金石律师事务所
!m 作者：柏青律师　2025-06-12　浏览 207
{BODY}
!l 标签：买卖合同　代工　质量异议
!d 免责声明：本文仅为作者个人观点，不构成法律意见，具体案件请咨询执业律师。
!m 地址：杭嘉市滨湖区望潮路166号金石大厦18层　总机：0573-88072266
""",
        body="""
【案情简介】某锁具公司委托某五金厂代工加工挂锁2万把，合同约定“收货后15日内提出质量异议”。锁具公司收货后即分批销售，4个月后因客户集中投诉锁芯卡滞，以质量不合格为由拒付尾款，五金厂遂起诉。
【争议焦点】买方超过约定的质量异议期后，能否再以质量问题拒付货款。
【法院观点】法院认为，锁芯卡滞属于通过一般检验即可发现的外观和功能瑕疵，锁具公司在约定期限内未提出异议，应视为标的物质量符合约定，判决其支付尾款及逾期付款利息。
【律师评析】从事代工业务的企业应注意三点：一是合同中对检验期要区分外观瑕疵和隐蔽瑕疵分别约定；二是收货后及时抽检并留存书面记录；三是发现问题立即书面通知对方，不要以口头沟通代替。⟦w 如需合同审查服务，欢迎致电本所商事部预约。⟧
""",
    ),
    dict(
        slug="community-yuhua-unicycle-club",
        site="玉华社区网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.yuhua-sq.cn/gonggao/2025/0408.html",
        title="关于规范独轮车活动场地使用的倡议",
        record_title="关于规范独轮车活动场地使用的倡议 - 玉华社区",
        date="2025-04-08",
        notes="residents' site; grid-member and hotline lines; the pledge's own 联系人 kept; a 回执-like placeholder line kept",
        page="""
!m 玉华社区网 · 邻里一家亲
!m 社区首页 | 社区公告 | 党群服务 | 办事指南 | 邻里互助
!t 关于规范独轮车活动场地使用的倡议 - 玉华社区
!m 发布人：社区居委会　发布日期：2025-04-08　阅读：612
{BODY}
!m 网格员服务热线：0319-5523017（8:00—20:00）
!l 上一篇：玉华社区四月份志愿服务活动安排
!l 下一篇：关于开展春季楼道杂物清理的通知
!d © 玉华社区居民委员会　本站信息仅供辖区居民参考
""",
        body="""
各位居民朋友：
近年来，我社区独轮车爱好者越来越多，“玉华独轮车队”已有队员43人，成为小区里一道亮丽的风景。但也有居民反映，部分队员在健身步道上练车，影响老人散步和儿童玩耍。为此，社区倡议：
一、独轮车练习请到社区北侧多功能场地进行，开放时间为每天6:30至8:00、17:00至20:00。
二、初学者练习时须佩戴头盔、护膝和护肘，未成年人须有家长陪同。
三、不在健身步道、楼道口和机动车道上骑行独轮车。
四、车队组织集体活动，请提前一天到社区服务站登记。
联系人：社区文体委员 程姐　电话：0319-5523066
让我们共同维护小区安全、和谐的活动环境。
玉华社区居民委员会
2025年4月8日
""",
    ),
]
