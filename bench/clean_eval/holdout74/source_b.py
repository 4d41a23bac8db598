"""holdout74, part B: chrysanthemum (菊花) growers, shows and research. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="collection-laoju-chrysanthemum-memoir",
        site="菊叟文存 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://www.jusouwencun.example.net/juan2/014.html",
        title="父亲的菊园",
        record_title="菊叟文存·卷二·第14篇｜父亲的菊园",
        date=None,
        notes="a retired teacher's collection: volume prefix in the record title; year in a heading line only; prev/next chapter links; counter",
        page="""
!m 菊叟文存　　卷二　乡土篇
!t 菊叟文存·卷二·第14篇｜父亲的菊园
!m 录入：2019年秋　　点击：77
{BODY}
!l ← 上一篇：磬岭的老祠堂　　下一篇：冬夜读书记 →
!l 返回卷目录
!d 本文集文字均为作者原创，引用请注明出处。
""",
        indent="\u3000\u3000",
        body="""
父亲退休后，把院子东边那块菜地改成了菊园，前后种过一百多个品种。
每年立秋一过，他天天蹲在菊园里打顶、抹芽，说菊花要“控”才开得好。
重阳前后是他最得意的时候，邻居们来看花，他就泡一壶菊花茶，一个品种一个品种地讲。
如今父亲不在了，菊园由我接着照看，可总也种不出他那样的“绿牡丹”。
""",
    ),
    dict(
        slug="dangjian-qingyi-chrysanthemum-branch-lecture-html",
        site="磬岭先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.qinglingxianfeng.example.gov.cn/djyw/2024/1021/4418.html",
        title="在菊花产业党建联盟成立大会上的讲话",
        record_title="在菊花产业党建联盟成立大会上的讲话-磬岭先锋网",
        date="2024-10-18",
        notes="Party-building site: scan-to-phone prompt, font row, related list; speaker line and date under the title neutral/body date; a speech title keeping the speaker's role",
        page="""
<html><head><meta charset="utf-8"><title>在菊花产业党建联盟成立大会上的讲话-磬岭先锋网</title><script>var cmsid=4418;</script></head>
<body>
<header><div class="logo">⟦m 磬岭先锋网⟧</div><div>⟦m 中共磬岭县委组织部主办⟧</div></header>
<nav>⟦m 首页　党建要闻　组织建设　干部工作　人才工作　先锋讲堂⟧</nav>
<div class="crumbs">⟦m 您的位置：首页 > 党建要闻⟧</div>
<article><h1>{T}</h1>
<p class="sub">县委副书记　邵文韬</p>
<p class="sub">（2024年10月18日）</p>
<div class="tool">⟦a 字号 A+ A- ⟧ ⟦a 扫一扫在手机上阅读⟧</div>
{BODY}
</article>
<aside><h4>⟦l 推荐阅读⟧</h4><ul><li>⟦l 磬岭县“红色园丁”党建品牌建设纪实⟧</li><li>⟦l 全县村党组织书记轮训班开班⟧</li></ul></aside>
<footer>⟦m 中共磬岭县委组织部　地址：磬岭县府前街9号⟧ ⟦m 湘ICP备16012259号-1⟧</footer>
</body></html>
""",
        body="""
同志们：
今天，全县菊花产业党建联盟正式成立了。联盟由县农业农村局党组牵头，吸纳了六个种植专业村党支部、三家加工企业党支部。
我县菊花种植面积已达一万二千亩，但“散、小、弱”的问题还很突出。
成立党建联盟，就是要把支部建在产业链上，让党员在技术推广、品牌营销上当先锋。
希望联盟各成员单位加强协作，推动“磬岭贡菊”走向更大市场。
""",
    ),
    dict(
        slug="hospital-jiyuan-chrysanthemum-tea-advice",
        site="稷原县中医医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="text",
        source="https://www.jyzyy.example.cn/jkkp/2024/0912/1207.html",
        title="菊花茶不是人人都适合喝",
        record_title="【健康科普】菊花茶不是人人都适合喝",
        record_date="2024-09-12",
        date="2024-09-12",
        notes="hospital site: online-consult box text, 24-hour line beside the clinic's own 咨询电话 kept in the body; byline 发布时间",
        page="""
!m 稷原县中医医院　国家二级甲等中医医院
!m 首页｜医院概况｜科室导航｜专家介绍｜健康科普｜就医指南
!t 【健康科普】菊花茶不是人人都适合喝
!m 发布时间：2024-09-12　作者：治未病科　浏览量：689
{BODY}
!w 在线咨询　｜　预约挂号　｜　24小时急诊：0738-2212120
!l 上一条：秋季养肺的几个小方法
!l 下一条：儿童推拿适应症一览
!m 地址：稷原县健康路18号　邮编：417500
""",
        body="""
秋季不少市民喜欢泡菊花茶。菊花性微寒，有疏散风热、清肝明目的作用，但并非人人适合。
脾胃虚寒、经常腹泻的人不宜长期饮用；过敏体质者初次饮用要少量尝试。
⟦a 点击这里，预约治未病科专家号⟧
如需个体化的饮茶建议，可到我院治未病科就诊，咨询电话：0738-2218816（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="university-nongda-chrysanthemum-lab-notice-html",
        site="砺州农业大学园艺学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://yyxy.lizhouau.example.edu.cn/info/1033/5821.htm",
        title="关于招募菊花种质资源圃暑期志愿者的通知",
        record_title="关于招募菊花种质资源圃暑期志愿者的通知-砺州农业大学园艺学院",
        date="2024-06-20",
        notes="university template: 发布者/点击 line, attachments list kept (附件 of the document), a download link that is chrome; e-mail of the document kept",
        page="""
<html><head><meta charset="utf-8"><title>关于招募菊花种质资源圃暑期志愿者的通知-砺州农业大学园艺学院</title></head>
<body>
<div class="head">⟦m 砺州农业大学　园艺学院⟧ ⟦m 厚植沃土　精耕致远⟧</div>
<div class="menu">⟦m 学院首页 学院概况 本科教学 研究生教育 科学研究 学生工作⟧</div>
<div class="path">⟦m 首页 >> 通知公告 >> 正文⟧</div>
<h2>{T}</h2>
<p class="meta">⟦m 发布者：学生工作办公室　发布日期：2024-06-20　点击：[315]⟧</p>
{BODY}
<p>⟦a 附件下载：报名表.docx（点击下载）⟧</p>
<div class="pn">⟦l 上一条：园艺学院2024届毕业生离校安排⟧<br>⟦l 下一条：关于开展学风建设月活动的通知⟧</div>
<div class="foot">⟦m Copyright © 砺州农业大学园艺学院 地址：砺州市农大路1号⟧</div>
</body></html>
""",
        body="""
学院菊花种质资源圃保存菊花品种一千二百余个。为做好暑期田间管理，现面向本院学生招募志愿者十五名。
一、工作内容：浇水、打顶、病虫害调查记录，每周不少于三个半天。
二、报名要求：园艺、植保专业本科二年级以上学生优先。
三、报名方式：请于6月28日前将报名表发送至 juhua_yuan@lizhouau.edu.cn。
附件：1.志愿者报名表
2.资源圃安全须知
园艺学院学生工作办公室
2024年6月20日
""",
    ),
    dict(
        slug="localforum-qikou-chrysanthemum-show-post",
        site="碛口生活网论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.qikoulife.com/forum.php?mod=viewthread&tid=228104",
        title="关于举办第十二届碛口菊花展的公告",
        record_title="[转帖]关于举办第十二届碛口菊花展的公告",
        date="2024-10-08",
        date_also=["2024-10-10"],
        notes="local forum repost: floor meta, jammer junk; the 成文日期 and the post date differ; a table of exhibition areas one row a paragraph",
        page="""
!m 碛口生活网 » 论坛 » 碛口新闻 » 查看内容
!t [转帖]关于举办第十二届碛口菊花展的公告
!m 老街坊阿福 | 发布于 2024-10-10 08:22 | 只看楼主 | 倒序浏览
{BODY}
!l 楼主好人，周末带娃去看看
!l 沙发　|　板凳　|　地板
!a 收藏　分享　支持(8)　反对(0)
!m Powered by 碛口生活网 ©2009-2024
""",
        junk=dict(lines=1, glued=1),
        body="""
第十二届碛口菊花展定于2024年10月18日至11月18日在碛口人民公园举办，免费向市民开放。
本届展览共设三个展区，布展情况如下：
展区　主题　品种数
东园　名品荟萃　420
西园　造型菊艺　60
南园　乡村花田　35
展览期间公园实行限流，请市民错峰游园。
碛口区城市管理局
2024年10月8日
""",
    ),
    dict(
        slug="download-huaxiang-chrysanthemum-cultivation-html",
        site="花乡资料下载站 (invented)",
        style="资料下载站",
        genre="技术规程",
        kind="other",
        form="html",
        source="http://www.huaxiangxz.example.com/soft/down_8827.html",
        title="切花菊标准化栽培技术规程",
        record_title="切花菊标准化栽培技术规程 免费下载",
        date=None,
        notes="old table layout: file-info table, three mirror links, an error-report link; numbered list and decimal headings kept; update date is no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>切花菊标准化栽培技术规程 免费下载 - 花乡资料下载站</title></head>
<body>
<table><tr><td>⟦m 花乡资料下载站　www.huaxiangxz.com⟧</td><td>⟦a 设为首页 | 加入收藏⟧</td></tr></table>
<table><tr><td>⟦m 资料大全 » 农业技术 » 花卉栽培⟧</td></tr></table>
<table class="info">
<tr><td>⟦m 资料大小：1.2 MB⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr>
<tr><td>⟦m 更新时间：2024-05-07⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr>
</table>
<h3>{T}</h3>
<div class="intro">
{BODY}
</div>
<table><tr><td>⟦a 下载地址：电信下载一　联通下载二　移动高速下载⟧</td></tr>
<tr><td>⟦a 报告错误（下载不了请点这里）⟧</td></tr></table>
<table><tr><td>⟦d 本站资料均来源于网络，仅供学习研究之用，请于下载后24小时内删除。⟧</td></tr></table>
</body></html>
""",
        body="""
1 范围
本规程规定了切花菊育苗、定植、田间管理和采收的技术要求。
2 栽培管理
2.1 定植：株行距15厘米×15厘米，定植后及时浇透定根水。
2.2 摘心：定植后两周摘心一次，每株保留三个健壮侧枝。
2.3 补光：秋菊延迟花期时，夜间补光至次年所需上市时间前五十天停止。
""",
    ),
    dict(
        slug="exam-chuzhou-chrysanthemum-institute-hiring",
        site="礁湾市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.jwrsks.example.gov.cn/zpgg/2024/0403/3392.html",
        title="礁湾市菊花研究所2024年公开招聘工作人员公告",
        record_title="【招聘公告】礁湾市菊花研究所2024年公开招聘工作人员公告",
        date="2024-04-03",
        notes="exam site; posts table one row a paragraph; the institute's 咨询电话 kept next to the site's technical hotline; 附件 list",
        page="""
!m 礁湾市人事考试网
!m 首页 ＞ 事业单位招聘 ＞ 招聘公告
!t 【招聘公告】礁湾市菊花研究所2024年公开招聘工作人员公告
!m 发布日期：2024年04月03日　　来源：市人社局　　【打印】【关闭】
{BODY}
!m 网上报名技术咨询：0755-88217700（工作日9:00-17:00）
!l 相关链接：事业单位公开招聘报名入口
!d 版权所有：礁湾市人事考试中心　未经许可，不得复制镜像
""",
        body="""
经研究，礁湾市菊花研究所2024年公开招聘工作人员3名。岗位如下：
岗位　人数　学历要求
育种研究员　2　硕士研究生及以上
实验员　1　本科及以上
报名时间为2024年4月10日至16日，请在本网报名系统提交材料。
政策咨询电话：0755-86330214（菊花研究所人事科）
附件：报名登记表
""",
    ),
    dict(
        slug="tender-luoshui-chrysanthemum-greenhouse-bid-html",
        site="碌水县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://ggzy.luoshui.example.gov.cn/jyxx/zfcg/zbgg/20240725/77104.html",
        title="碌水县菊花育苗大棚建设项目中标结果公告",
        record_title=None,
        date="2024-07-25",
        notes="tender platform: left menu, 信息来源/发布时间 row, result table; buyer and agency contacts of the document kept next to the centre's service line",
        page="""
<html><head><meta charset="utf-8"><title>碌水县公共资源交易中心</title></head>
<body>
<div class="top">⟦m 碌水县公共资源交易中心⟧ ⟦a CA数字证书办理⟧ ⟦a 投标人登录⟧</div>
<div class="left"><ul><li>⟦l 工程建设⟧</li><li>⟦l 政府采购⟧</li><li>⟦l 产权交易⟧</li><li>⟦l 土地出让⟧</li></ul></div>
<div class="right"><div class="nav">⟦m 当前位置：交易信息 > 政府采购 > 中标公告⟧</div>
<h3>{T}</h3>
<div class="ly">⟦m 信息来源：县农业农村局　发布时间：2024-07-25　浏览次数：96⟧</div>
{BODY}
</div>
<div class="foot">⟦m 交易中心服务电话：0731-7762300⟧ ⟦m 技术支持：中交数科⟧</div>
</body></html>
""",
        body="""
一、项目编号：LSCG-2024-061
二、中标信息：
包号　中标单位　中标金额（元）
1　碌水县宏顺温室工程有限公司　1386500.00
三、公告期限：自本公告发布之日起1个工作日。
采购人：碌水县农业农村局　联系人：谭先生　电话：0731-7751026
代理机构：湘楚招标咨询有限公司　联系人：欧阳女士　电话：0731-7789130
""",
    ),
    dict(
        slug="lawfirm-zhengyuan-chrysanthemum-variety-right-html",
        site="正源律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.zhengyuanlaw.example.cn/anli/zscq/2024-11-05-221.html",
        title="一起菊花新品种权侵权纠纷案评析",
        record_title="案例评析丨一起菊花新品种权侵权纠纷案评析",
        date=None,
        notes="law-firm template: consult QR prompt, lawyer card, disclaimer; no date in the document; relative time is no date",
        page="""
<html><head><meta charset="utf-8"><title>案例评析丨一起菊花新品种权侵权纠纷案评析 - 正源律师事务所</title></head>
<body>
<div class="hd">⟦m 正源律师事务所 ZHENGYUAN LAW FIRM⟧ ⟦w 咨询热线：400-820-5566⟧</div>
<div class="nv">⟦m 首页 / 律所介绍 / 专业领域 / 律师团队 / 案例精选 / 联系我们⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 知识产权部　　2周前　　阅读 233⟧</div>
{BODY}
<div class="card">⟦w 扫码添加律师微信，免费初步咨询⟧</div>
<div class="tags">⟦l 标签：植物新品种 知识产权 侵权⟧</div>
<div class="disc">⟦d 本文仅为一般性法律信息，不构成对任何具体案件的法律意见。⟧</div>
</body></html>
""",
        body="""
【基本案情】某育种公司培育的菊花新品种“金玉盘”获得品种权。某花农未经许可，大量繁殖该品种种苗对外销售。
【裁判要旨】法院认为，未经品种权人许可，为商业目的生产、销售授权品种的繁殖材料，构成侵权，判令停止侵害并赔偿损失八万元。
【律师评析】花农引种前应查询品种是否受保护，必要时取得书面授权，避免因小失大。
""",
    ),
    dict(
        slug="community-nanshao-chrysanthemum-gala-notice",
        site="南韶社区居民服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://nanshao.sqfw.example.cn/tzgg/1022.html",
        title="关于组织居民参加重阳赏菊游园会的通知",
        record_title="关于组织居民参加重阳赏菊游园会的通知_社区通知_南韶社区居民服务网",
        date="2024-10-09",
        notes="residents' site: weather widget, 便民电话 box; the community's own 报名电话 kept; a receipt slip with placeholders kept; chrome between paragraphs",
        page="""
!m 南韶社区居民服务网　　今天：多云 18℃~25℃
!m 社区首页 › 社区通知
!t 关于组织居民参加重阳赏菊游园会的通知_社区通知_南韶社区居民服务网
!m 发布：社区居委会　2024-10-09　阅读：140
{BODY}
!m 便民服务电话：物业 0791-2685002　燃气抢修 0791-2681119
!l 更多通知 >>
""",
        body="""
各位居民朋友：
为弘扬敬老爱老传统，社区定于10月11日（重阳节）上午组织居民到碛口人民公园参加赏菊游园会，70岁以上老人优先报名。
⟦l 【社区活动】上一期：中秋包月饼活动回顾⟧
报名电话：0791-2685117（社区服务站），报名截止10月10日中午。
回执：姓名________　楼栋____号____室　联系电话____________
南韶社区居民委员会
2024年10月9日
""",
    ),
]
