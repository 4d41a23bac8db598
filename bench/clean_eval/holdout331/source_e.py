"""holdout331, part E: company sites, training schools, writing apps, exam forums and
encyclopaedias. Every site, place, person, firm, URL and number is invented; see
../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="company-ruifeng-news-antibacterial-seal",
        site="瑞封密封 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.ruifeng-seal.com/news/company/2025-08-19/218.html",
        title="瑞封公司推出新一代抗菌磁吸冰箱门封条",
        record_title="瑞封资讯 ∣ 瑞封公司推出新一代抗菌磁吸冰箱门封条 - 瑞封密封",
        record_date="2025-08-19",
        date="2025-08-19",
        notes="company news page: cookie notice, language switch, service float; the record gives the date; a "
        "photo caption between paragraphs; the company's short name inside the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>瑞封资讯 ∣ 瑞封公司推出新一代抗菌磁吸冰箱门封条 - 瑞封密封</title>
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
<div class="cookie">⟦d 为了给您更好的浏览体验，本站会使用Cookie，继续访问即视为您已知悉⟧ <button>⟦a 我知道了⟧</button></div>
<header><a class="logo">⟦m 瑞封密封⟧</a>
<nav>⟦m 首页　关于瑞封　产品中心　研发实力　新闻动态　联系我们⟧</nav>
<div class="lang">⟦a 简体中文 ｜ English⟧</div></header>
<div class="sub-banner">⟦m 新闻动态 NEWS⟧</div>
<div class="crumb">⟦m 首页 ＞ 新闻动态 ＞ 企业新闻⟧</div>
<article>
<h1>{T}</h1>
<div class="date">⟦m 2025-08-19　浏览：412⟧</div>
<div class="content">
{BODY}
</div>
<div class="pn">⟦l 上一篇：瑞封公司通过汽车密封件质量管理体系复审⟧<br>⟦l 下一篇：瑞封公司举办第六届员工技能比武⟧</div>
</article>
<div class="service-float">⟦w 在线客服 ｜ 商务合作：0938-8619388⟧</div>
<footer>⟦m 暌城瑞封密封件有限公司　地址：暌城市经开区瑞祥路18号⟧<br>⟦m 甘ICP备18007625号-1⟧</footer>
<script>document.querySelector(".cookie button").onclick=function(){this.parentNode.style.display="none"};</script>
</body>
</html>
""",
        body="""
8月19日，暌城瑞封密封件有限公司在暌城国际会展中心举行新品发布会，推出新一代抗菌磁吸冰箱门封条。
新品采用食品接触级TPE材料替代传统PVC，添加银离子抗菌剂，经第三方检测，对大肠杆菌、金黄色葡萄球菌的抑菌率均在99%以上。封条内置的磁条采用分段充磁工艺，门体吸合更均匀，在零下30摄氏度环境中仍能保持柔软，不硬化、不开裂。
“冰箱门封条虽然小，却直接关系到冰箱的能耗和食品安全。”公司技术总监单立恒介绍，新品已通过两家冰箱整机企业的装机验证，预计年内实现量产。
⟦m 图为新品发布会现场⟧
目前，瑞封公司已拥有门封条相关专利37项，产品配套国内外二十多个冰箱品牌。
""",
    ),
    dict(
        slug="company-jieliang-recall-squeegee-batches",
        site="洁亮清洁用品官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="https://www.jieliang-clean.com/news/notice/1009.html",
        title="关于召回部分批次伸缩杆玻璃刮的公告",
        record_title="【召回告知】关于召回部分批次伸缩杆玻璃刮的公告（附批号对照）",
        date="2025-10-09",
        notes="a recall with its batch table (production dates inside the table); the recall line beside the "
        "company's 400 order line; 成文日期 under the signature",
        page="""
!m 洁亮清洁用品 · 官方网站
!m 首页 ｜ 产品中心 ｜ 品牌故事 ｜ 新闻公告 ｜ 服务支持
!t 【召回告知】关于召回部分批次伸缩杆玻璃刮的公告（附批号对照）
!m 新闻公告　｜　阅读 5120
{BODY}
!a 输入产品批号，查一查是否在召回范围 →
!w 产品订购热线：400-9931-200　洁亮官方商城同步在售
!m 鞲阳洁亮清洁用品有限公司　陇ICP备20003117号-1
""",
        body="""
尊敬的消费者：
我公司在质量回访中发现，2025年6月至7月生产的部分“洁亮”牌伸缩杆玻璃刮，因伸缩杆锁扣注塑件强度不足，在用力擦拭高处玻璃时可能出现杆件突然回缩，存在夹伤手指的风险。为保障消费者安全，我公司决定召回下列批次产品：
型号　生产批号　生产日期
JL-360　JL250612　2025年6月12日
JL-360　JL250627　2025年6月27日
JL-480　JL250705　2025年7月5日
请持有上述批次产品的消费者立即停止使用，凭产品或购买凭证到原购买网点免费更换，也可拨打召回专线0931-6620880预约上门更换。
由此给您带来的不便，我们深表歉意。
鞲阳洁亮清洁用品有限公司
2025年10月9日
""",
    ),
    dict(
        slug="school-jiecheng-brochure-window-cleaning",
        site="洁程职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.jiechengpx.com/kecheng/jiazheng/cachuang.html",
        title="家政擦窗保洁技能培训班招生简章",
        record_title="【双休实训班】家政擦窗保洁技能培训班招生简章（学不会下期免费再学）- 洁程职业培训学校",
        date=None,
        notes="training school: promo banner and consult float (a 400 line) beside the school's own 报名电话; a "
        "numbered list; a brochure has no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【双休实训班】家政擦窗保洁技能培训班招生简章（学不会下期免费再学）- 洁程职业培训学校</title>
</head>
<body>
<div class="promo">⟦a 报名立减200元，前30名加送进口刮条一根⟧</div>
<header><span>⟦m 洁程职业培训学校⟧</span>　<span>⟦m 技能改变生活⟧</span>
<nav>⟦m 学校首页　热门课程　师资团队　学员故事　在线报名⟧</nav></header>
<div class="crumb">⟦m 热门课程 / 家政服务类⟧</div>
<section class="course">
<h1>{T}</h1>
<div class="tags">⟦l 零基础可学　包工具　推荐就业⟧</div>
<div class="detail">
{BODY}
</div>
<div class="apply">⟦a 立即在线报名⟧　⟦a 预约免费试听⟧</div>
</section>
<div class="consult">⟦w 课程顾问在线 400-1025-668⟧</div>
<footer>⟦m 洁程职业培训学校　办学许可证号：6204233700012⟧<br>⟦d 学校简章最终解释权归洁程职业培训学校所有⟧</footer>
<script src="/js/kf53.js"></script>
</body>
</html>
""",
        body="""
一、培训对象：年满18周岁、身体健康，有意从事家政保洁工作的城乡劳动者。
二、培训内容：
1. 玻璃刮、涂水器、伸缩杆等擦窗工具的正确使用；
2. 室内窗、阳台窗和淋浴房玻璃的清洁方法；
3. 高处作业安全知识和安全带的佩戴；
4. 家政服务礼仪和客户沟通。
三、培训时间：每周六、周日全天，共4个周末，理论课与实操课各占一半。
四、培训费用：1280元（含工具包一套），符合条件的学员可申请职业技能培训补贴。
五、结业发证：考核合格者颁发结业证书，并可推荐参加家政服务员职业技能等级认定。
报名地点：鞲阳县戛岭镇文化路6号洁程职业培训学校二楼。
报名电话：0931-6638107（韦老师）。
""",
    ),
    dict(
        slug="school-qihang-brochure-fridge-seal-course",
        site="銮江启航职业技能培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="http://www.ljqihang.com/kc/jdwx/0512.html",
        title="冰箱维修短训班（密封条更换专项）招生简章",
        record_title="【短期速成】冰箱维修短训班（密封条更换专项）招生简章｜銮江启航技校",
        date=None,
        notes="a brochure with a day-by-day course table; a promo line, a 400 enrolment line beside the school's "
        "own 咨询报名 line, a trainee quote as list chrome; no date",
        page="""
!m 銮江启航职业技能培训学校
!m 首页 | 课程中心 | 师资力量 | 学员风采 | 在线报名
!t 【短期速成】冰箱维修短训班（密封条更换专项）招生简章
!a 限时优惠：两人同报各减100元，点击抢位
{BODY}
!w 全国招生热线：400-1035-886（免长途费）
!l 学员心声：学完第二周就接到了第一单活
!m 銮江启航职业技能培训学校　版权所有
""",
        body="""
冰箱门封条更换是家电维修中最常见、最容易上手的项目之一。本校开设为期五天的专项短训班，手把手教会您独立完成冰箱门封条的检测与更换。
课程安排：
第一天　冰箱结构与门体密封原理
第二天　门封条漏冷的检测方法
第三天　门封条的拆卸与尺寸测量
第四天　新门封条的整形、安装与调试
第五天　上门服务规范与收费标准
学费：980元，含实训耗材。每班限招12人，小班教学，学员每人至少亲手更换门封条6次。
上课地点：銮江县职教中心实训楼三楼。
咨询报名：0936-6631152（丁老师）
""",
    ),
    dict(
        slug="app-miaobi-host-script-screen-renewal",
        site="妙笔APP (invented writing app, H5 share)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.miaobiapp.com/share/doc?id=93017724&from=wx",
        title="藓湖社区“洁净家园·纱窗焕新”志愿服务活动主持词",
        record_title="藓湖社区“洁净家园·纱窗焕新”志愿服务活动主持词（完整串词）· 妙笔APP",
        date=None,
        notes="writing app H5 share: open-app mask, an 'expand' fold between paragraphs, an AI-rewrite button "
        "glued after a sentence; a host script has no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>藓湖社区“洁净家园·纱窗焕新”志愿服务活动主持词（完整串词）· 妙笔APP</title>
<script src="https://h5.miaobiapp.com/static/share.js"></script>
</head>
<body>
<div class="open-mask">⟦a 在妙笔APP内打开，复制不限次⟧ <a>⟦a 立即打开⟧</a></div>
<div class="hd">⟦m 妙笔APP · 写材料的好帮手⟧</div>
<div class="doc">
<h1>{T}</h1>
<div class="doc-meta">⟦m 作者：社区笔杆子　｜　2.1万阅读　｜　更新于昨天⟧</div>
<div class="doc-text">
{BODY}
</div>
<div class="doc-ops">⟦a 收藏　复制　导出Word⟧</div>
</div>
<div class="recommend"><h4>⟦l 相似范文⟧</h4><p>⟦l 学雷锋志愿服务活动主持词（社区版）⟧</p><p>⟦l 社区邻里节开幕式主持稿⟧</p></div>
<div class="ft">⟦m 妙笔APP　暌城妙笔信息技术有限公司⟧</div>
</body>
</html>
""",
        body="""
尊敬的各位领导、各位居民朋友、志愿者们：
大家上午好！春回大地，万物更新。今天，我们在这里举行“洁净家园·纱窗焕新”志愿服务活动，为小区里的老年朋友清洗纱窗、更换破损纱网。⟦a ✦ AI帮我改写这段⟧
首先，请允许我介绍出席今天活动的领导和嘉宾：辚原街道党工委副书记柏永春同志，辖区物业公司负责人许海同志。欢迎你们！
⟦a 展开剩余62%的串词 ∨⟧
下面，请柏永春副书记致辞，大家欢迎。
感谢柏书记的讲话。接下来，请志愿者代表宣读服务承诺。
下面，我宣布，志愿服务正式开始！请各小组领取纱窗刷、清洁剂和纱网，按照分工到各楼栋开展服务。
活动结束后，请各小组回到广场集合，填写服务记录表。谢谢大家！
""",
    ),
    dict(
        slug="app-xiecailiao-report-maintenance-stoppers",
        site="写材料APP (invented writing app share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.xiecailiao.cn/s/7Hq2kPz",
        title="物业维修班班长2024年度述职报告",
        record_title="【述职范例】物业维修班班长2024年度述职报告（换个单位名就能用）- 写材料APP",
        date="2025-01-08",
        notes="writing-app share page: open-app line, a member unlock line; a 述职 whose date stands under the "
        "述职人 line",
        page="""
!m 写材料APP · 分享页
!a 打开APP，看完整述职报告，一键导出Word
!t 【述职范例】物业维修班班长2024年度述职报告（换个单位名就能用）
!m 素材作者：笔耕不辍　｜　被收藏 341 次
{BODY}
!a 还剩40%内容，开通超级会员全部解锁
!l 推荐：保洁主管年终述职报告　｜　物业客服年度工作总结
!m 写材料APP 由 暌城笔耕网络科技有限公司 运营
""",
        body="""
各位领导、同事们：
2024年，我担任公司藓湖项目维修班班长，带领5名维修工负责小区1160户业主的日常报修和公共设施维护。现将一年来的工作述职如下：
一、完成报修任务。全年共受理业主报修2317单，按时完成率99.2%，业主满意度96.5%。
二、开展冬季保暖专项服务。11月至12月，为小区112户老人家庭免费安装门底挡，调整变形入户门38扇，这项工作得到了社区和业主的好评。
三、加强安全管理。每月组织班组安全学习一次，全年无安全事故。
四、存在不足。一是部分老旧设备维修不及时，二是维修记录填写不够规范。
2025年，我将带领全班继续提高维修效率，把服务做到业主心坎上。
述职人：雷振东
2025年1月8日
""",
    ),
    dict(
        slug="examforum-dukou-essay-screen-brush-jammer",
        site="渡口公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.dukougk.com/thread-90217-1-1.html",
        title="一把纱窗刷里的基层治理",
        record_title="〔申论大作文·第7练〕一把纱窗刷里的基层治理（恳请拍砖）- 申论专区 - 渡口公考论坛",
        date=None,
        notes="exam forum: jammer-font junk, a reply-to-see prompt, a QQ-group ad and a rating row; 申论 essay "
        "with no date (发表于 6 天前)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔申论大作文·第7练〕一把纱窗刷里的基层治理（恳请拍砖）- 申论专区 - 渡口公考论坛</title>
<style>font.jammer{color:#fcfcfc;font-size:1px}</style>
</head>
<body>
<div id="hd">⟦m 渡口公考论坛⟧　⟦m 一起刷题，一起上岸⟧　⟦a <a>登录</a>｜<a>注册</a>⟧</div>
<div id="nv">⟦m 首页 ｜ 行测专区 ｜ 申论专区 ｜ 面试专区 ｜ 资料共享⟧</div>
<div id="pt">⟦m 渡口公考论坛 › 申论专区 › 大作文练笔⟧</div>
<div class="thread">
<h1>⟦t 〔申论大作文·第7练〕一把纱窗刷里的基层治理（恳请拍砖）⟧</h1>
<div class="authi">⟦m 楼主 想去市直的小鹿 发表于 6 天前 ｜ 只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的批改意见需回复后才能查看⟧</div>
<div class="rate">⟦l 评分 参与人数 3 贡献 +6 理由：思路清楚⟧</div>
</div>
<div class="ad">⟦w 申论精批交流群 QQ：736190452（备注论坛ID）⟧</div>
<div id="ft">⟦m 渡口公考论坛　Powered by Discuz!⟧</div>
<script src="static/js/common.js?V2q"></script>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
一把纱窗刷，价格不过十几元，却能照见基层治理的温度与精度。
温度，体现在“想群众之所想”。在不少老旧小区，独居老人无力拆洗纱窗，夏天蚊虫多，只能紧闭门窗。一些社区组织党员志愿者带着纱窗刷上门，一户一户地刷，一扇一扇地补，小小的服务解决了老人的大难题。
精度，体现在“找准需求再发力”。有的地方搞志愿服务，热衷于拉横幅、拍照片，服务内容却与群众需求脱节。相比之下，先入户摸底、再按需服务，才能把好事办到群众心坎上。
基层治理无小事。只有把群众身边的一件件小事办实办好，才能不断增强群众的获得感、幸福感、安全感。
""",
    ),
    dict(
        slug="examforum-dili-interview-laundry-ball-junk",
        site="砥砺公考社区 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.diligk.com/bbs/t/51837",
        title="社区老人被推销高价洗衣球，你作为社区工作人员怎么办？",
        record_title="[结构化模拟题] 社区老人被推销高价洗衣球，你作为社区工作人员怎么办？- 面试交流 - 砥砺公考社区",
        date=None,
        notes="exam forum as text: junk lines and junk glued after 。; a reply-to-see prompt and a coaching "
        "WeChat; the poster's answer with 第一…第四; 4 天前 is no date",
        page="""
!m 砥砺公考社区
!m 首页 › 面试交流 › 结构化真题
!t [结构化模拟题] 社区老人被推销高价洗衣球，你作为社区工作人员怎么办？
!m 楼主：一战上岸冲冲冲　｜　4 天前　｜　查看 906　回复 23
{BODY}
!l 2#　奋斗的蜗牛：第三点可以再展开一下，加上具体的宣传形式
!l 3#　岸上见：思路清晰，收藏了
!a 回复本帖，即可查看楼主整理的面试答题模板
!w 面试一对一模拟，加微信：dili_gk2025
""",
        junk=dict(lines=2, glued=2),
        body="""
题目：社区多名老人反映，被上门推销人员以“免费体验”为名，高价买下了所谓的“神奇洗衣球”，现在想退钱却找不到人。如果你是社区工作人员，你会怎么办？
我的作答思路：
第一，稳定情绪，收集证据。召集反映情况的老人，耐心安抚，帮助他们整理购买凭证、产品包装、推销人员的联系方式等材料。
第二，联合部门，依法维权。及时向市场监管部门和派出所反映情况，配合调查；对能联系到商家的，协助老人依法要求退款。
第三，加强宣传，源头防范。通过楼栋长、社区微信群提醒居民警惕上门推销，在老年活动室开展防骗讲座，请子女多关心老人的消费情况。
第四，建立机制，长效管理。加强门岗管理，对陌生推销人员进入小区进行登记。
以上是我的答案，请各位考友多提意见。
""",
    ),
    dict(
        slug="wiki-zhiwu-entry-door-stopper-h1",
        site="知物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiwu.net/item/门底挡/36120",
        title="门底挡",
        record_title=None,
        date=None,
        notes="encyclopaedia: no record title (the <h1>, an entry name that opens the body, matched as head); "
        "infobox, contents box, edit/discuss/history tabs, reference markers glued after sentences",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>门底挡 - 知物百科</title>
</head>
<body>
<div class="top">⟦m 知物百科⟧　⟦m 认识身边的每一件东西⟧　<a>⟦a 登录⟧</a></div>
<div class="tabs">⟦a 词条　编辑　讨论　历史版本⟧</div>
<div class="entry">
<h1>{T}</h1>
<div class="stat">⟦m 本词条由 14 人协作编辑，最近更新于 2 个月前⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：门底挡⟧</td></tr>
<tr><td>⟦m 别　名：门底密封条、门底挡风条⟧</td></tr>
<tr><td>⟦m 类　属：门窗五金配件⟧</td></tr>
<tr><td>⟦m 主要用途：防风、隔音、防尘⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 定义　2 分类　3 选购⟧</div>
<div class="para">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 建筑门窗五金件通用要求⟧</p><p>⟦l [2] 门底挡安装技术规程⟧</p></div>
</div>
<div class="ft">⟦d 知物百科词条内容由网友协作编辑，仅供参考⟧</div>
<script src="/static/wiki/toc.js"></script>
</body>
</html>
""",
        body="""
门底挡是安装在门扇底部、用于封堵门下缝隙的条状配件，又称门底密封条、门底挡风条，主要用于防风、隔音、防尘和阻挡蚊虫。⟦l [1]⟧
按材质和结构，门底挡通常分为硅胶（橡胶）条、毛刷条和自动升降式三类。硅胶条密封性好，多用粘贴方式安装；毛刷条适应不平整的地面，开关门阻力小；自动升降式门底挡嵌装在门扇底部，关门时借助门框上的顶杆使密封条落下，开门时自动收起。⟦l [2]⟧
选购门底挡时，应根据门下缝隙的宽度、地面材质和门的开启频率确定类型。用于防火门的门底挡，应选用阻燃材料，并不得影响门的正常关闭。
""",
    ),
    dict(
        slug="wiki-baizhi-entry-laundry-ball",
        site="百知词典 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.baizhicidian.com/ci/xiyiqiu.html",
        title="洗衣球",
        record_title="洗衣球_家居日用_百知词典",
        date=None,
        notes="encyclopaedia entry as text: entry name with column and site suffix; edit/add/collect row, "
        "an update stamp (no date), references and tags",
        page="""
!m 百知词典
!m 词典首页 › 生活 › 家居日用
!t 洗衣球_家居日用_百知词典
!a 编辑词条　｜　添加义项　｜　收藏
!m 浏览次数：8604　编辑次数：5次　最近更新：3 天前
{BODY}
!l 参考资料：[1] 暌城市消费者协会洗衣球比对试验报告
!l 词条标签：日用品　洗涤用品
!d 词条内容仅供参考，如需专业意见请咨询相关人员。
!m ©2025 百知词典
""",
        body="""
洗衣球是一种放入洗衣机内与衣物一同洗涤的球状辅助用品，常见材质有硅胶、塑料和橡胶，表面多带有软刺或凸起。
洗衣球的主要作用是在洗涤过程中增加衣物之间的摩擦和翻动，减少衣物缠绕，洗涤羽绒服时还可以使羽绒更加蓬松。
市场上另有一些宣称内含陶瓷颗粒、能够“释放负离子”“不用洗涤剂即可去污”的洗衣球。多地消费者组织的比对试验表明，单独使用此类产品的去污效果与清水洗涤相近，消费者应理性看待相关宣传。
使用洗衣球时，应定期检查球体是否破损，避免碎片进入洗衣机排水系统。
""",
    ),
]
