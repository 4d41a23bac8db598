"""holdout147, part B: zucchini (西葫芦) growers, greenhouses, buyers; invented text throughout."""

CASES = [
    dict(
        slug="anthology-laogeng-zucchini-memoir-oneline",
        site="耕余文存 (invented)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="https://gengyu.example.net/wenji/juan2/57.html",
        title="第一座西葫芦大棚",
        record_title="《耕余文存》卷二·第57篇｜第一座西葫芦大棚",
        date=None,
        notes="a retired grower's collection; the body on one line (paragraphs separated by indents); a year only inside the text; chapter nav",
        oneline=True,
        indent="　　",
        page="""
!m 耕余文存 · 一个老菜农的笔记
!m 卷二 田间岁月 ／ 第57篇
!t 《耕余文存》卷二·第57篇｜第一座西葫芦大棚
{BODY}
!l ← 第56篇 麦收　　目录　　第58篇 卖菜 →
!m 本篇字数：412　收录时间：两年前
""",
        body="""
一九九八年冬天，村里来了农技站的小刘，说要在我们蓠口村试种大棚西葫芦。
那时候谁也没见过冬天能长菜的棚子，开会的时候大家你看我我看你，没人敢报名。
我想，反正冬天地也闲着，就咬牙借了三千块钱，搭起了村里第一座竹木大棚。
头一年吃了不少亏，棚里太潮，瓜秧烂了一半，小刘天天骑车来帮我看，教我中午放风、晚上盖草苫。
到了腊月，第一茬西葫芦上市，一斤卖到一块二，比夏天贵了好几倍，过年前我就把借的钱还上了。
第二年，村里一下子搭起了二十多座大棚。
""",
    ),
    dict(
        slug="dangjian-fengxi-branch-zucchini-html",
        site="葑溪先锋网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.fengxixf.example.gov.cn/zbfc/2025/1126/1708.html",
        title="葑溪镇大棚蔬菜产业党支部2025年工作总结",
        record_title="【支部风采】葑溪镇大棚蔬菜产业党支部2025年工作总结",
        date="2025-11-25",
        date_also=["2025-11-26"],
        notes="a Party-building site: 【字号】 row, 学习积分 badge glued after a paragraph, related list, footer with 主办 and ICP; 成文日期 differs from the 发布时间",
        page="""
<html><head><meta charset="utf-8"><title>【支部风采】葑溪镇大棚蔬菜产业党支部2025年工作总结-葑溪先锋网</title></head>
<body>
<div class="head">⟦m 葑溪先锋网⟧ ⟦m 不忘初心 砥砺前行⟧</div>
<div class="menu">⟦m 首页｜党建要闻｜支部风采｜党员教育｜基层动态⟧</div>
<div class="pos">⟦m 您现在的位置：首页 » 支部风采⟧</div>
<h2>⟦t 【支部风采】葑溪镇大棚蔬菜产业党支部2025年工作总结⟧</h2>
<p class="info">⟦m 发布时间：2025年11月26日　供稿：葑溪镇党委组织办⟧ ⟦a 【字号：大 中 小】⟧</p>
<div class="txt">
{BODY}
</div>
<div class="rel"><b>⟦l 相关阅读⟧</b><a>⟦l 葑溪镇召开党建引领乡村振兴推进会⟧</a><a>⟦l 产业链党支部经验交流材料汇编⟧</a></div>
<div class="foot">⟦m 主办：中共葑溪镇委员会　技术支持：县融媒体中心⟧ ⟦m 苏ICP备2021034411号⟧</div>
</body></html>
""",
        body="""
2025年，支部以党建引领西葫芦产业发展为主线，把支部建在产业链上，党员示范带动作用明显增强。
一是组织有力。支部现有党员二十三名，其中种植大户十一名，全年召开支部党员大会四次、主题党日十二次。⟦a 学习强国积分+1⟧
二是示范带动。党员示范棚推广嫁接育苗、水肥一体化等技术，带动周边农户新建大棚一百二十座，亩均增收四千元。
三是服务群众。组建党员技术服务队，全年上门指导一千三百余次，帮助农户解决销售难题。
下一步，支部将继续发挥战斗堡垒作用，推动西葫芦产业提质增效。
中共葑溪镇大棚蔬菜产业支部委员会
2025年11月25日
""",
    ),
    dict(
        slug="hospital-xuechang-zucchini-poisoning-notice",
        site="薤山县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xieshanrmyy.example.com/jkkp/2025/0716/633.html",
        title="夏季谨防食用苦味西葫芦中毒的健康提示",
        record_title="夏季谨防食用苦味西葫芦中毒的健康提示_健康科普_薤山县人民医院",
        date="2025-07-16",
        notes="hospital site: appointment hotline and floating consult box (chrome) beside the emergency department's own phone in the body; byline 发布日期; a sentence that asks readers to 关注 the hospital account is kept",
        page="""
<html><head><meta charset="utf-8"><title>夏季谨防食用苦味西葫芦中毒的健康提示_健康科普_薤山县人民医院</title></head>
<body>
<div class="top">⟦m 薤山县人民医院　二级甲等综合医院⟧ ⟦m 预约挂号：0715-8820120⟧</div>
<ul class="nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 健康科普⟧</li></ul>
<h1>{T}</h1>
<div class="sub">⟦m 发布日期：2025-07-16　作者：急诊科 陆蔓　浏览量：1362⟧</div>
<div class="art">
{BODY}
</div>
<div class="float">⟦w 在线咨询⟧ ⟦w 微信挂号⟧ ⟦a 返回顶部⟧</div>
<div class="footer">⟦m 地址：薤山县人民路218号⟧ ⟦d 版权所有 © 薤山县人民医院⟧ ⟦m 赣ICP备19007731号⟧</div>
</body></html>
""",
        body="""
近期，我院急诊科接诊了三起因食用苦味西葫芦引起的食物中毒病例，患者均出现恶心、呕吐、腹痛、腹泻等症状。
西葫芦、丝瓜、葫芦等瓜类蔬菜在生长过程中遇到高温干旱等情况，可能产生较多葫芦素，使瓜肉带有苦味，食用后会刺激胃肠道。
在此提醒市民：烹饪前先尝一小口生瓜，如有明显苦味，应立即丢弃，不要食用；苦味不会因加热而消失。
食用后如出现不适，请立即停止进食，及时就医。
我院急诊科24小时接诊，电话：0715-8820999。
更多健康知识，欢迎关注“薤山县人民医院”微信公众号。
""",
    ),
    dict(
        slug="university-changnong-zucchini-variety-news",
        site="菖阳农业职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.cyny.example.edu.cn/info/1032/8841.htm",
        title="我院选育的西葫芦新品种通过省级登记",
        record_title="我院选育的西葫芦新品种通过省级登记-菖阳农业职业学院",
        date="2025-09-18",
        notes="university news page: 撰稿/摄影/审核 line (chrome) after the body, click count, prev/next links",
        page="""
!m 菖阳农业职业学院
!m 学院首页 | 学院新闻 | 科研动态 | 招生就业
{T}
!m 时间：2025-09-18　点击：[ 906 ]
{BODY}
!m 撰稿：园艺学院 苏晴　摄影：葛文　审核：于立华
!l 上一条：我院举行2025级新生开学典礼
!l 下一条：园艺学院师生赴企业开展实习回访
!m 地址：菖阳市学府大道9号　邮编：438100
""",
        body="""
近日，省农作物品种登记办公室公布了2025年第三批非主要农作物品种登记名单，我院园艺学院团队选育的西葫芦新品种“菖绿3号”通过登记。
该品种历经七年选育，具有早熟、耐低温弱光、瓜条顺直、商品率高等特点，适合北方日光温室越冬栽培。
在多点试验中，“菖绿3号”平均亩产达到七千二百公斤，比对照品种增产百分之十一点六。
下一步，团队将与地方种业企业合作，加快新品种的示范推广。
""",
    ),
    dict(
        slug="localbbs-yuanping-zucchini-price-drop",
        site="垣坪生活网 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.yuanpingsh.example.com/forum.php?mod=viewthread&tid=91203",
        title="西葫芦价格跌到两毛钱一斤，菜农该咋办",
        record_title="[民生杂谈] 西葫芦价格跌到两毛钱一斤，菜农该咋办 - 垣坪论坛 - 垣坪生活网",
        date="2025-04-12",
        notes="county forum post with a 发表于 line (page date), a lone ad line between paragraphs, a moderator's highlight note and reply prompt",
        page="""
!m 垣坪生活网 › 垣坪论坛 › 民生杂谈
!t [民生杂谈] 西葫芦价格跌到两毛钱一斤，菜农该咋办
!m 发表于 2025-4-12 19:27 | 只看楼主 | 倒序浏览
{BODY}
!m 该帖被版主 阿坪 加入精华，奖励积分 +20
!l 回复(88)　收藏(12)　分享
!a 快速回复：请先 登录 后发表回复
""",
        body="""
这几天跑了一趟镇上的蔬菜批发市场，西葫芦收购价已经跌到两毛钱一斤，连人工费都不够。
我们村今年种西葫芦的比去年多了一倍，大家都是看去年价格好跟着种的，结果一窝蜂上市。
⟦m 【广告】垣坪农资超市：春耕化肥五折起⟧
我觉得光靠压价卖不是办法，想跟大家商量几个出路：一是联系几家腌菜厂，做成酱菜能放得住；二是找找社区团购的渠道，直接卖给城里人；三是明年种植前先打听打听行情，别再扎堆。
有门路的朋友麻烦在下面说一说，先谢过了。
""",
    ),
    dict(
        slug="download-nongzi-zucchini-graft-html",
        site="农资料下载站 (invented)",
        style="资料下载站",
        genre="技术资料",
        kind="other",
        form="html",
        source="http://www.nongzl.example.com/soft/zhongzhi/11802.html",
        title="日光温室西葫芦嫁接育苗技术要点",
        record_title="日光温室西葫芦嫁接育苗技术要点.doc下载",
        date=None,
        notes="old download-station layout: file-info table, three mirror links, an error report; 下载 in the site's chrome only; no date (an update stamp is not the document's date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>日光温室西葫芦嫁接育苗技术要点.doc下载 - 农资料下载站</title></head>
<body>
<table width="960"><tr><td>⟦m 农资料下载站 www.nongzl.example.com⟧</td><td>⟦a 设为首页 加入收藏⟧</td></tr></table>
<table width="960"><tr><td>⟦m 当前位置：首页 → 种植资料 → 蔬菜栽培⟧</td></tr></table>
<table width="960" border="1">
<tr><td>⟦m 资料名称：日光温室西葫芦嫁接育苗技术要点⟧</td><td>⟦m 资料大小：58 KB⟧</td></tr>
<tr><td>⟦m 资料格式：doc⟧</td><td>⟦m 更新时间：2025-02-07 11:20:04⟧</td></tr>
<tr><td>⟦m 下载次数：1042⟧</td><td>⟦m 资料评级：★★★★☆⟧</td></tr>
</table>
<div><b>⟦m 资料简介：⟧</b></div>
{BODY}
<div class="down">⟦a 下载地址：⟧ ⟦a 电信下载1⟧ ⟦a 联通下载2⟧ ⟦a 本地高速下载⟧</div>
<div>⟦a 如下载地址失效，请点此报告错误⟧</div>
<table width="960"><tr><td>⟦d 本站资料均来自网络，仅供学习研究，请于下载后24小时内删除。⟧</td></tr></table>
</body></html>
""",
        body="""
一、砧木选择
西葫芦嫁接一般选用黑籽南瓜作砧木，具有根系发达、耐低温、抗病性强的特点。
二、播种时间
接穗比砧木早播三至四天，接穗播后七天、砧木子叶展平时进行嫁接。
三、嫁接方法
生产上多采用靠接法：将砧木生长点去掉，在子叶下方一厘米处向下斜切，接穗相应向上斜切，两切口吻合后用嫁接夹固定。
四、嫁接后管理
嫁接后前三天要遮光保湿，棚内湿度保持在百分之九十以上；七天后逐渐见光通风；十天左右切断接穗根部。
""",
    ),
    dict(
        slug="exam-puzhou-agritech-post-zucchini",
        site="莆州人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.puzhoupta.example.gov.cn/ksgg/2025/0825/3391.html",
        title="莆州市蔬菜技术推广站2025年公开招聘专业技术人员公告",
        record_title="莆州市蔬菜技术推广站2025年公开招聘专业技术人员公告",
        date="2025-08-25",
        record_date="2025-08-25",
        notes="personnel-exam site: the site's technical-support line (chrome) beside the employer's 咨询电话 in the body; a post table; 准考证 下载/打印 sentence kept",
        page="""
!m 莆州人事考试网
!m 首页 > 考试公告 > 事业单位
{T}
!m 发布时间：2025-08-25　来源：莆州市人力资源和社会保障局
{BODY}
!m 网上报名技术支持电话：0594-2310086（工作日9:00-17:00）
!a 【打印本页】 【关闭】
!l 相关公告：莆州市农业科学研究所2025年招聘公告
""",
        body="""
根据事业单位公开招聘有关规定，莆州市蔬菜技术推广站面向社会公开招聘专业技术人员3名。
一、招聘岗位
岗位名称　人数　专业要求　学历要求
设施蔬菜栽培　2　园艺、设施农业科学与工程　本科及以上
植物保护　1　植物保护、植物病理学　本科及以上
二、报名时间
2025年9月1日至9月7日，报名网址另行公布。
三、考试安排
笔试时间为2025年9月21日，考生请于9月17日至20日登录报名系统下载并打印准考证。
咨询电话：0594-2278135（莆州市蔬菜技术推广站人事科）。
莆州市蔬菜技术推广站
2025年8月25日
""",
    ),
    dict(
        slug="tender-qingyu-zucchini-greenhouse-bid",
        site="青屿县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.qingyu.example.gov.cn/jyxx/zbjg/2025/0611/41028.html",
        title="青屿县西葫芦设施大棚改造项目中标结果公告",
        record_title="【中标公示】青屿县西葫芦设施大棚改造项目中标结果公告",
        date="2025-06-11",
        notes="tender platform: login row and CA hotline (chrome) beside the buyer's and agency's contacts in the body; a bid-result table; footer",
        page="""
<html><head><meta charset="utf-8"><title>青屿县西葫芦设施大棚改造项目中标结果公告</title></head>
<body>
<div class="login">⟦a 投标人登录⟧ ⟦a 专家登录⟧ ⟦a CA证书办理⟧</div>
<div class="logo">⟦m 青屿县公共资源交易中心⟧</div>
<div class="nav">⟦m 首页 | 交易信息 | 政策法规 | 服务指南 | 诚信体系⟧</div>
<div class="loc">⟦m 交易信息 ＞ 工程建设 ＞ 中标结果⟧</div>
<h3>⟦t 【中标公示】青屿县西葫芦设施大棚改造项目中标结果公告⟧</h3>
<div class="time">⟦m 信息来源：县农业农村局　发布时间：2025-06-11 16:20⟧</div>
{BODY}
<div class="ca">⟦m CA数字证书服务热线：400-611-0735⟧</div>
<div class="foot">⟦m 青屿县公共资源交易中心 主办⟧ ⟦m 闽ICP备18022910号⟧</div>
</body></html>
""",
        body="""
一、项目编号：QYGC-2025-0317
二、项目名称：青屿县西葫芦设施大棚改造项目
三、中标信息
标段　中标单位　中标金额（元）　工期
一标段　青屿县宏农设施工程有限公司　1286500.00　60日历天
二标段　莆州市绿棚建设有限公司　1043200.00　60日历天
四、公告期限
自本公告发布之日起一个工作日。
五、联系方式
采购人：青屿县农业农村局　联系人：阮先生　电话：0595-6712203
代理机构：闽南诚信招标代理有限公司　联系人：钟女士　电话：0595-6630518
""",
    ),
    dict(
        slug="lawfirm-tiancheng-zucchini-seed-dispute",
        site="天诚律师事务所 (invented)",
        style="律所网站",
        genre="文章",
        kind="other",
        form="text",
        source="https://www.tianchenglaw.example.cn/anli/2025/1009/512.html",
        title="买到假西葫芦种子，菜农如何维权",
        record_title="律所观察丨买到假西葫芦种子，菜农如何维权",
        date="2025-10-09",
        notes="a law firm's article: consult QR prompt and a 'not legal advice' notice; 发布于 byline (page date); numbered steps",
        page="""
!m 天诚律师事务所 | 专注农村与涉农纠纷
!m 首页 / 典型案例 / 合同纠纷
!t 律所观察丨买到假西葫芦种子，菜农如何维权
!m 发布于 2025-10-09　作者：天诚律所 任淑敏律师
{BODY}
!w 扫码添加律师微信，免费评估您的案件
!d 本文仅为普法交流，不构成对具体案件的法律意见。
!l 推荐阅读：土地流转合同到期，地上大棚归谁？
""",
        body="""
今年春天，薤山县的几户菜农从同一家种子店购买了西葫芦种子，种下后出苗率不足四成，结出的瓜大小不一、畸形严重。
遇到这种情况，菜农可以从以下几方面维权：
1.保存证据。保留购种发票或收据、种子包装袋和剩余种子，对田间长势拍照录像。
2.申请鉴定。向县农业农村部门申请田间现场鉴定，鉴定结论是索赔的重要依据。
3.协商或投诉。可以先与种子店协商赔偿，协商不成的向市场监管部门或消费者协会投诉。
4.提起诉讼。根据种子法规定，种子使用者因种子质量问题遭受损失的，出售者应当予以赔偿，赔偿额包括购种价款、可得利益损失和其他损失。
""",
    ),
    dict(
        slug="community-heyun-balcony-zucchini",
        site="禾韵社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.heyunsq.example.com/tz/2025/0318/277.html",
        title="关于开展“阳台小菜园”西葫芦种植体验活动的通知",
        record_title="关于开展“阳台小菜园”西葫芦种植体验活动的通知",
        date="2025-03-18",
        notes="residents' site with weather widget and grid hotline (chrome) beside the community's own 报名电话 in the body; sentence asking residents to 扫码 sign up kept",
        page="""
<html><head><meta charset="utf-8"><title>关于开展“阳台小菜园”西葫芦种植体验活动的通知 - 禾韵社区</title></head>
<body>
<div class="bar">⟦m 禾韵社区网⟧ ⟦m 今日 多云 12～19℃⟧ ⟦a 居民登录⟧</div>
<div class="menu">⟦m 社区首页 · 党群服务 · 网格之家 · 邻里活动 · 办事指南⟧</div>
<h1>{T}</h1>
<p class="meta">⟦m 禾韵社区居委会　2025-03-18　阅读 402⟧</p>
{BODY}
<div class="grid">⟦m 网格服务热线：0731-8899 6612（24小时）⟧</div>
<div class="next">⟦l 上一篇：社区春季义诊活动预告⟧<br>⟦l 下一篇：关于楼道杂物清理的温馨提示⟧</div>
<div class="footer">⟦d © 禾韵社区居委会 版权所有⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
春暖花开，为丰富社区居民生活，社区居委会联合区农技站开展“阳台小菜园”西葫芦种植体验活动。
活动内容：社区免费发放西葫芦种苗、营养土和种植盆，每户一套，限报六十户；农技站老师现场讲解种植要领。
活动时间：3月29日上午9点。
活动地点：社区党群服务中心一楼大厅。
报名方式：请扫描社区公告栏上的二维码报名，或拨打社区办公室电话0731-8852 3301。
禾韵社区居委会
2025年3月18日
""",
    ),
    dict(
        slug="association-sheng-vegetable-zucchini-initiative",
        site="嵩原市蔬菜产业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.syvia.example.org.cn/xhdt/2025/0502/96.html",
        title="关于规范西葫芦采后处理的倡议书",
        record_title="【协会倡议】关于规范西葫芦采后处理的倡议书_嵩原市蔬菜产业协会",
        date="2025-05-02",
        notes="an association page: member login, member-unlock line between paragraphs, footer with 邮编; a date in Chinese numerals under the signature",
        page="""
!m 嵩原市蔬菜产业协会
!a 会员登录　|　入会指南　|　会员服务
!m 协会动态 › 通知公告
!t 【协会倡议】关于规范西葫芦采后处理的倡议书
{BODY}
!l 分享：微信 / 微博 / 复制链接
!m 协会地址：嵩原市农贸路3号农业大厦五层　邮编：466000
!d ©嵩原市蔬菜产业协会　未经许可请勿转载
""",
        body="""
全市西葫芦种植户、经销商和加工企业：
西葫芦瓜皮嫩、易碰伤，采后处理不当是造成损耗和压价的主要原因。为提升我市西葫芦品质和市场竞争力，协会倡议：
一、轻采轻放。采收时用剪刀剪断瓜柄，不扭不拽，装筐不超过八成满。
⟦a 以下内容仅对协会会员开放，登录后查看全部⟧
二、及时预冷。采后四小时内进入预冷库，温度控制在八至十度。
三、单果包装。优质瓜用网套或保鲜膜单果包装，减少运输碰伤。
四、诚信经营。不以次充好，不掺杂使假，共同维护嵩原西葫芦的好名声。
嵩原市蔬菜产业协会
二〇二五年五月二日
""",
    ),
]
