"""holdout130, part F: a cowpea-pickle factory, a speed-skating camp, a village cultural
station's land-boat year, an interview answer on dangerous houses, an egg-carving entry,
a skydiving training plan, a winter-swimming charter in a cache, a clivia show's print
view, a pearl-ball request by mail, a stone-lion industry survey and a pufferfish
farming notice. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="company-suandoujiao-trace-code-html",
        site="老坛香食品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.laotanxiang.example.com/about/news/20251020.html",
        title="关于启用新版产品追溯码的公告",
        record_title="关于启用新版产品追溯码的公告-老坛香食品",
        date="2025-10-20",
        notes="site suffix; a company site with product nav and online-shop button; sentences telling customers to 扫码 and 关注; the company's own 客服电话 beside its 400 line",
        page="""
<html><head><meta charset="utf-8"><title>⟦t 关于启用新版产品追溯码的公告-老坛香食品⟧</title></head>
<body>
<div class="hd">⟦m 老坛香　酸豇豆专家⟧ ⟦a 网上商城⟧ ⟦w 招商热线 400-617-2288⟧</div>
<div class="nav">⟦m 首页　品牌故事　产品中心　新闻动态　联系我们⟧</div>
<div class="crumb">⟦m 首页 > 新闻动态 > 企业公告⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025-10-20　|　浏览 531⟧</div>
{BODY}
<div class="share">⟦l 分享：微信 微博 QQ⟧</div>
<div class="ft">⟦d Copyright © 2025 老坛香食品有限公司⟧ ⟦m 湘ICP备20013345号⟧</div>
</body></html>
""",
        body="""
尊敬的消费者：
为进一步提升产品质量安全追溯水平，我公司自2025年11月1日起，在全部酸豇豆产品包装上启用新版追溯码。
新版追溯码位于包装背面右下角，消费者扫码即可查看原料豇豆的种植基地、腌制批次和检验报告。
旧版包装产品在保质期内可正常销售，消费者可放心购买。
如对追溯信息有疑问，请关注公司微信公众号留言，或拨打客服电话0745-2716080。
老坛香食品有限公司
2025年10月20日
""",
    ),
    dict(
        slug="training-suhua-camp-enrolment-text",
        site="冰锋速滑俱乐部 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.bingfengsh.example.com/zhaosheng/2025-winter.html",
        title="2025年寒假青少年速度滑冰冬令营招生简章",
        record_title="2025年寒假青少年速度滑冰冬令营招生简章（名额有限）",
        date="2025-11-30",
        notes="decorated title; course/fee table; the club's 报名电话 beside a course-ad line between paragraphs; a trial-class button; a sentence about 下载 the health form",
        page="""
!m 冰锋速滑俱乐部 | 专业速度滑冰培训
!m 首页 / 招生信息 / 冬令营
!t 2025年寒假青少年速度滑冰冬令营招生简章（名额有限）
!m 发布：教务处　2025-11-30
{BODY}
!a 【立即报名】　【预约体验课】
!l 往期回顾：2024冬令营结营汇报表演精彩瞬间
""",
        body="""
一、招生对象：六至十四岁青少年，零基础和有基础均可报名。
二、营期安排
营期　日期　费用
第一期　2026年1月12日至1月21日　2980元
第二期　2026年1月25日至2月3日　2980元
⟦w 周末常规班火热报名中，详询前台小冰⟧
三、报名须知：报名时请下载并填写学员健康状况表，由家长签字确认。
报名电话：0451-8622 7133（俱乐部前台）。
冰锋速滑俱乐部
2025年11月30日
""",
    ),
    dict(
        slug="fanwenapp-hanchuan-summary-html-app",
        site="文秘宝APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://share.wenmibao.example.com/essay/3370125",
        title="南坡村文化活动室2024年工作总结",
        record_title="南坡村文化活动室2024年工作总结｜文秘宝",
        date="2024-12-25",
        notes="a writing app's share page (HTML): open-app banner, a member-unlock prompt glued after a sentence, word count line, recommended essays; Chinese-numeral date",
        page="""
<html><head><meta name="viewport" content="width=device-width"><meta charset="utf-8"><title>⟦t 南坡村文化活动室2024年工作总结｜文秘宝⟧</title></head>
<body>
<div class="banner">⟦a 文秘宝APP内打开　｜　写材料更轻松⟧</div>
<h1>{T}</h1>
<div class="wc">⟦m 全文约520字　收藏 203　｜　文秘宝精选⟧</div>
{BODY}
<div class="rec">⟦l 猜你喜欢：村级文化员述职报告　农家书屋工作总结　春节文艺汇演主持词⟧</div>
<div class="foot">⟦a 下载文秘宝，百万范文随心用⟧</div>
</body></html>
""",
        body="""
2024年，南坡村文化活动室在镇综合文化站的指导下，以旱船表演队为龙头，组织开展了丰富多彩的群众文化活动。
一、队伍建设。旱船表演队吸收新队员九人，队员总数达到二十六人，其中三十五岁以下的有十一人。
二、活动开展。全年组织排练六十余次，参加县镇展演五场，春节期间走村串户演出十二场。⟦a 开通会员，查看剩余全文⟧
三、设施改善。争取上级资金三万元，更换了旱船船身和锣鼓乐器。
四、不足和打算。活动室面积偏小，冬季排练不便，明年计划借用村小学礼堂。
南坡村村民委员会
二〇二四年十二月二十五日
""",
    ),
    dict(
        slug="gkforum-weifang-interview-answer-html",
        site="一战成公考社区 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="insight",
        form="html",
        source="https://www.yizhancheng.example.com/forum/msgs/77120.html",
        title="结构化面试真题：如何做好农村危房鉴定后的群众工作",
        record_title="[面试素材] 结构化面试真题：如何做好农村危房鉴定后的群众工作（附参考答案）",
        date=None,
        notes="exam community HTML: floor meta with relative time, a hidden-content reply prompt, a course ad between paragraphs; no date",
        page="""
<html><head><meta charset="utf-8"><title>⟦t [面试素材] 结构化面试真题：如何做好农村危房鉴定后的群众工作（附参考答案）⟧</title></head>
<body>
<div class="hd">⟦m 一战成公考社区⟧ ⟦a 登录后发帖⟧</div>
<div class="bc">⟦m 社区 » 面试交流 » 真题解析⟧</div>
<div class="floor">⟦m 1楼　上岸锦鲤　4天前　查看 3902⟧</div>
<h1>{T}</h1>
{BODY}
<div class="hide">⟦l 本帖隐藏内容：回复后可见完整答题框架⟧</div>
<div class="floor2">⟦l 2楼　夜读小灯：　答得很有条理，感谢分享⟧</div>
</body></html>
""",
        body="""
题目：某村经鉴定有五户房屋属于D级危房，但部分群众不愿搬离，如果由你负责这项工作，你会怎么做？
参考答案：
首先，我会逐户上门，了解群众不愿搬离的真实原因，是担心过渡住房条件差，还是舍不得老宅。
⟦a 【面试冲刺班】名师一对一模拟，点击了解⟧
其次，针对不同原因分类施策，协调好过渡安置房，讲清楚改造补助政策，必要时请村里德高望重的老人帮助做工作。
最后，搬离后要做好房屋封闭和警示，并定期回访群众，确保安置到位、群众满意。
""",
    ),
    dict(
        slug="baike-diaodan-entry-text",
        site="知识岛百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="text",
        source="https://baike.zhishidao.example.com/view/dandiao.html",
        title="蛋雕",
        record_title="蛋雕_知识岛百科",
        date=None,
        notes="an encyclopaedia entry: edit links, a basic-info box, references and an edit-count line; an example year inside a sentence; no date",
        page="""
!m 知识岛百科
!t 蛋雕_知识岛百科
!a 编辑　收藏　分享
!m 中文名：蛋雕　　类别：民间工艺　　材料：禽蛋壳
{BODY}
!m 参考资料：[1] 民间工艺概览．艺苑出版社
!m 词条标签：民间艺术，手工艺　　浏览次数：21,640　　最近更新：2025-03-04
!d 知识岛百科词条由网友编辑，仅供参考。
""",
        body="""
蛋雕是在禽蛋壳上进行雕刻的民间工艺，常用材料有鸡蛋、鸭蛋、鹅蛋和鸵鸟蛋壳。
制作时先将蛋液从小孔中吹出，洗净晾干后用铅笔起稿，再用刻刀或微型电钻镂空、浮雕。
蛋雕题材多为花鸟、人物和吉祥图案，作品玲珑剔透，有“方寸之间见乾坤”之称。
一些地方早在1990年代就成立了蛋雕兴趣小组，蛋雕逐渐由个人爱好发展为文创产品。
""",
    ),
    dict(
        slug="netdisk-tiaosan-plan-html-pdf",
        site="星盘云网盘 (invented)",
        style="网盘分享",
        genre="计划",
        kind="plan",
        form="html",
        source="https://pan.xingpan.example.com/share/init?surl=Qx8tH2",
        title="云翔跳伞俱乐部2025年度训练计划",
        record_title="云翔跳伞俱乐部2025年度训练计划.pdf",
        date="2025-01-06",
        notes="file-name title; cloud-drive HTML: sharer, expiry, save/download buttons, a quota prompt; a training table",
        page="""
<html><head><meta charset="utf-8"><title>星盘云网盘 - 文件分享</title></head>
<body>
<div class="hd">⟦m 星盘云网盘⟧ ⟦a 登录　注册　客户端下载⟧</div>
<div class="file"><h2>⟦t 云翔跳伞俱乐部2025年度训练计划.pdf⟧</h2>
<p>⟦m 分享人：翔哥教练　｜　2025-01-08 09:30　｜　有效期：30天⟧</p>
<p>⟦a 保存到网盘　普通下载　极速下载⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="tip">⟦a 预览仅支持前5页，超级会员可查看全部⟧</div>
<div class="ft">⟦d 星盘云网盘严厉打击侵权和违法内容传播⟧</div>
</body></html>
""",
        body="""
一、训练目标：全年完成会员跳伞一千二百架次，培养新学员四十名，安全事故为零。
二、训练安排
季度　重点内容　计划架次
一季度　地面训练与设备检修　100
二季度　初级学员带飞训练　350
三季度　自由落体技术训练　450
四季度　考核与总结　300
三、保障要求：机务组每月对飞机和伞具进行一次全面检查，气象员每日发布跳伞气象条件。
云翔跳伞俱乐部
2025年1月6日
""",
    ),
    dict(
        slug="snapshot-dongyong-charter-text-cache",
        site="网页快照 (invented)",
        style="搜索快照",
        genre="章程",
        kind="rules",
        form="text",
        source="http://snapshot.chazhao.example.com/s?u=http%3A%2F%2Fwww.qxdongyong.example.org%2Fzc.html",
        title="荃溪县冬泳协会章程",
        record_title=None,
        date="2025-03-02",
        notes="a text-only cache: snapshot banner with a capture time (no date); highlight note; the charter's adoption date in a parenthesis under the title",
        page="""
!d 您正在查看的是网页快照（抓取于 2025/07/19 03:26），原网页可能已更新。
!d 以下关键词已高亮：冬泳　章程
!m 荃溪县冬泳协会网站 > 协会章程
{T}
（2025年3月2日会员大会通过）
{BODY}
!m © 荃溪县冬泳协会
""",
        body="""
第一条　本会名称为荃溪县冬泳协会，是由冬泳爱好者自愿组成的非营利性社会组织。
第二条　本会宗旨是普及冬泳运动，增强会员体质，倡导科学、安全冬泳。
第三条　凡年满十八周岁、身体健康、遵守本章程的冬泳爱好者，均可申请入会。
第四条　会员应遵守协会安全制度，不得单独冬泳，不得饮酒后下水。
第五条　本章程经会员大会表决通过后生效，解释权属于本会理事会。
""",
    ),
    dict(
        slug="print-junzilan-show-notice-html-footer",
        site="丹岭市花卉园艺中心 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.danlinghh.example.cn/print.php?aid=4410",
        title="第十三届君子兰花展参展须知",
        record_title="打印 - 第十三届君子兰花展参展须知",
        date="2025-12-10",
        notes="an HTML print view: print/close buttons, print URL, a print footer page marker; 参展 table; the centre's 联系电话",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 第十三届君子兰花展参展须知</title>
<style>@media print{.noprint{display:none}}</style></head>
<body onload="window.print()">
<div class="noprint">⟦a [打印]　[关闭]⟧</div>
<div>⟦m 丹岭市花卉园艺中心⟧</div>
<h2>{T}</h2>
<div>⟦m 文章来源：展会办公室　发布时间：2025-12-10⟧</div>
{BODY}
<div>⟦m 本页地址：http://www.danlinghh.example.cn/news.php?aid=4410⟧</div>
<div>⟦p ＊1／1＊⟧</div>
</body></html>
""",
        body="""
一、展期：2026年1月18日至1月25日，地点：丹岭市花卉园艺中心展览温室。
二、参展类别
类别　要求
大型精品　叶片二十片以上
中型精品　叶片十二至二十片
新品种　须提供选育说明
三、参展花卉须于1月15日前送达，每位会员限报三盆。
联系电话：0435-3219560。
丹岭市花卉园艺中心
2025年12月10日
""",
    ),
    dict(
        slug="mail-zhenzhuqiu-request-html-archive",
        site="县体育总会邮件归档 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="html",
        source="https://mail.tyzh.example.cn/archive/2025/04/msg00318.html",
        title="关于申请珍珠球队集训经费的请示",
        record_title="Fw: 关于申请珍珠球队集训经费的请示",
        date="2025-04-14",
        date_also=["2025-04-15"],
        notes="a mail archive HTML: headers, forward note, the mail's own attachment header next to the request's 附件 line, list-archive nav; send date differs",
        page="""
<html><head><meta charset="utf-8"><title>⟦t Fw: 关于申请珍珠球队集训经费的请示⟧</title></head>
<body>
<div class="archnav">⟦l [日期索引] [主题索引] [上一封] [下一封]⟧</div>
<table>
<tr><td>⟦m 发件人: 蒹溪县珍珠球协会 &lt;zzq@example.cn&gt;⟧</td></tr>
<tr><td>⟦m 日期: 2025年4月15日 星期二 10:22⟧</td></tr>
<tr><td>⟦m 收件人: 县体育总会办公室⟧</td></tr>
<tr><td>⟦m 附件: 集训经费预算表.xlsx⟧</td></tr>
</table>
<p>⟦w 办公室各位好，请示原文转上，请审阅。协会 祁晓⟧</p>
<p>⟦m -------- 原始邮件 --------⟧</p>
<h3>{T}</h3>
{BODY}
<div class="sig">⟦d 本邮件及附件仅供收件人使用，如误收请删除。⟧</div>
</body></html>
""",
        body="""
县体育总会：
我县珍珠球队将于7月代表全市参加全省少数民族传统体育运动会。为提高竞技水平，协会拟于5月至6月组织为期四十天的集训。
集训共需经费八万六千元，其中场地费两万元、食宿费五万元、器材费一万六千元，特申请县体育总会给予补助五万元。
妥否，请批示。
附件：珍珠球队集训经费预算表
蒹溪县珍珠球协会
2025年4月14日
""",
    ),
    dict(
        slug="wenku-shishizi-research-wrapped-glued-markers",
        site="砚台文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.yantaiwk.example.com/p-99120735.html",
        title="关于全县石狮雕刻产业发展情况的调研报告",
        record_title="关于全县石狮雕刻产业发展情况的调研报告（word可编辑）",
        date="2025-08-15",
        notes="hard-wrapped at 64 columns and cut by ⹋n⹋ page markers, glued or not; a preview-end prompt; Chinese-numeral date",
        wrap=64,
        indent="　　",
        pages=dict(fmt="⹋{n}⹋", every=170, start=2, glue="mix"),
        page="""
!m 砚台文库　·　专业文档分享平台
!t 关于全县石狮雕刻产业发展情况的调研报告（word可编辑）
!m 4页　｜　贡献者：调研组　｜　2.3千次浏览
{BODY}
!a ～～ 免费预览结束，完整版请下载（仅需3元）～～
!l 相关推荐：石材加工企业粉尘治理报告　非遗工艺产业化调研
""",
        body="""
为摸清全县石狮雕刻产业发展现状，县政协经济委员会组成调研组，于7月中下旬深入四个乡镇的二十六家石雕企业和作坊进行了调研。
一、基本情况。全县现有石狮雕刻企业和作坊一百一十余家，从业人员三千二百人，年产值约六亿元，产品销往全国二十多个省份。
二、存在问题。一是企业规模小、布局散，多数作坊仍是前店后厂；二是粉尘治理设施不完善；三是年轻雕刻师傅后继乏人。
三、几点建议。建议规划建设石雕产业园，引导企业入园集聚发展；依托职业学校开设石雕专业，培养后备人才。
县政协经济委员会调研组
二〇二五年八月十五日
""",
    ),
    dict(
        slug="gov-hetun-notice-wrapped-agri-bureau",
        site="澄浦县农业农村局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://nyncj.chengpu.example.gov.cn/tzgg/2025/0603/2218.html",
        title="关于加强河豚鱼养殖和加工环节监管的通知",
        record_title="关于加强河豚鱼养殖和加工环节监管的通知.wps",
        date="2025-06-03",
        notes="file-name title; hard-wrapped at 58 columns; 文号 neutral; a sentence of the notice that tells enterprises to 下载 the record form; 联系人/电话 and 抄送",
        wrap=58,
        page="""
!m 澄浦县农业农村局
!m 首页 > 通知公告
!t 关于加强河豚鱼养殖和加工环节监管的通知.wps
澄农〔2025〕33号
{BODY}
!m 主办：澄浦县农业农村局　　苏ICP备11020558号
""",
        body="""
各镇（区）农业农村办，各河豚鱼养殖、加工企业：
为防范河豚鱼中毒事件，保障消费者安全，根据有关规定，现就加强河豚鱼养殖和加工环节监管有关事项通知如下。
一、养殖企业应建立养殖档案，如实记录苗种来源、饲料和用药情况，养殖档案保存不少于二年。
二、加工企业只能收购经备案的养殖基地的河豚鱼，并在县农业农村局网站下载填写收购备案表。
三、各镇（区）要每季度开展一次检查，发现违规行为及时上报。
联系人：戚东，电话：0523-8761022。
澄浦县农业农村局
2025年6月3日
抄送：县市场监督管理局。
""",
    ),
]
