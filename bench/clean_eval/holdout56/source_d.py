"""holdout56, part D: 招投标网, 律所网站, 社区网站, 行业协会, 企业官网, 培训机构. Invented text."""

CASES = [
    dict(
        slug="tender-youzheng-html-vehicles",
        site="桑浦公共资源交易网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.sangpu.gov.cn/jyxx/zfcg/20250312/55231.html",
        title="桑浦县邮政农村投递电动车采购项目招标公告",
        record_title="桑浦县邮政农村投递电动车采购项目招标公告 - 桑浦公共资源交易网",
        date="2025-03-12",
        notes="tender lots table; buyer and agency contacts kept next to CA hotline",
        page="""
<html><head><meta charset="utf-8"><title>桑浦县邮政农村投递电动车采购项目招标公告 - 桑浦公共资源交易网</title><script src="/ca/ca.js"></script></head><body>
<div class="hd">⟦m 桑浦县公共资源交易中心⟧ ⟦a 投标人登录 | CA办理⟧</div>
<nav>⟦l 交易信息 | 政策法规 | 办事指南 | 诚信公示⟧</nav>
<div class="loc">⟦m 交易信息 / 政府采购 / 招标公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 信息时间：2025-03-12　阅读次数：389⟧</div>
{BODY}
<div class="att">⟦a 【招标文件下载】（需CA登录）⟧</div>
<footer>⟦m CA锁服务热线：400-880-7711⟧<br>⟦m 技术支持：易标科技⟧</footer>
</body></html>
""",
        body="""
项目编号：SPCG-2025-018
一、采购内容
包号　品目　数量　最高限价（万元）
1　投递电动三轮车　40辆　36
2　投递电动两轮车　60辆　21
二、投标截止时间：2025年4月2日9时30分。
采购人：桑浦县邮政分公司，联系人：邹先生，电话：0573-8831025
代理机构：禾信招标代理有限公司，联系人：钱女士，电话：0573-8850332
""",
    ),
    dict(
        slug="tender-kiln-text-result",
        site="陶乡采购信息网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://cg.taoxiang.gov.cn/zbgs/2025/0719/1033.html",
        title="龙窑遗址保护棚建设项目中标结果公告",
        record_title="龙窑遗址保护棚建设项目中标结果公告",
        date="2025-07-19",
        record_date="2025-07-19",
        notes="record date; bid result table",
        page="""
!m 陶乡采购信息网
!m 当前：首页 ＞ 结果公告
{T}
!m 发布：代理机构　浏览：201
{BODY}
!a ［关闭］［打印本页］
!l 下一条：镇区路灯维修项目询价公告
!d 公告内容以纸质文件为准
""",
        body="""
一、项目名称：龙窑遗址保护棚建设项目
二、中标结果
中标单位　中标金额（元）　工期
瓷城建设工程有限公司　1862400　120日历天
三、公告期限：自本公告发布之日起1个工作日。
采购人：陶乡镇人民政府
""",
    ),
    dict(
        slug="lawfirm-yuye-html-fishing-rights",
        site="海岚律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="article",
        form="html",
        source="https://www.hailanlaw.com/zhuanlan/312.html",
        title="海带养殖户如何维护海域使用权",
        record_title="法律课堂丨海带养殖户如何维护海域使用权",
        date="2025-05-20",
        notes="law firm column; lawyer chat bubble; not-legal-advice notice",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>法律课堂丨海带养殖户如何维护海域使用权</title></head><body>
<header>⟦m 海岚律师事务所 专注海事与渔业法律⟧<nav>⟦l 律所简介 律师团队 业务领域 法律课堂 联系我们⟧</nav></header>
<div class="crumb">⟦m 首页 / 法律课堂⟧</div>
<h1>{T}</h1>
<p class="by">⟦m 撰文：律师 方澜　2025-05-20⟧</p>
{BODY}
<div class="bubble">⟦w 律师在线 · 免费初步咨询 0596-5210900⟧</div>
<div class="tip">⟦d 本文仅为普法之用，不构成具体法律意见⟧</div>
<footer>⟦m 海岚律所 闽ICP备20004321号⟧</footer>
</body></html>
""",
        body="""
近年来，因海域使用权引发的纠纷时有发生。养殖户可以从以下几方面维护自身权益。
一、依法办理海域使用权证，证上载明的界址、面积要逐项核对。
二、签订转包合同时，写明期限、费用和违约责任。
三、遇到侵占养殖海区的情况，要及时拍照取证，向海洋渔业部门反映。
四、协商不成的，可申请调解或提起诉讼。
""",
    ),
    dict(
        slug="lawfirm-jinchuan-text-labor",
        site="锦川律师网 (invented)",
        style="律所网站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.jinchuanlawyer.cn/news/2025/0322/89.html",
        title="在石雕企业劳动用工合规讲座上的讲话",
        record_title=None,
        date="2025-03-21",
        notes="title missing; date under title; speaker line neutral; chrome glued after last 。",
        page="""
!m 锦川律师网 — 律师让生活更安心
!m 律所动态 > 普法活动
{T}
（2025年3月21日）
锦川律师事务所主任　蒋砥
{BODY}
!w 企业法律顾问服务，热线：0595-2280991
!m 所址：惠石县石材大道18号
""",
        body="""
各位企业负责人：
石雕行业用工灵活，不签劳动合同、不缴社保的问题比较普遍，这给企业埋下了很大风险。
今天我讲三点：第一，用工必须签书面合同；第二，粉尘岗位要做职业健康检查；第三，工伤保险一个都不能少。
希望大家回去后对照检查，把合规做在前面。⟦a 本讲座视频可在律所官网回看⟧
""",
    ),
    dict(
        slug="community-juyuan-html-parcel",
        site="桔园社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.juyuansq.cn/gg/2025/1102/66.html",
        title="关于规范快递驿站包裹存放的通知",
        record_title="关于规范快递驿站包裹存放的通知-桔园社区",
        date="2025-11-02",
        notes="residents' site; own 联系电话 kept; 扫码 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>关于规范快递驿站包裹存放的通知-桔园社区</title><script>var sq=1;</script></head><body>
<div class="top">⟦m 桔园社区居民委员会　服务居民 温暖你我⟧</div>
<div class="nav">⟦l 社区概况 ｜ 党建引领 ｜ 便民服务 ｜ 居民议事⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布人：社区网格员　2025年11月02日⟧</div>
{BODY}
<div class="side">⟦l 便民电话：水电维修 停车登记 垃圾清运⟧</div>
<footer>⟦m 桔园社区 地址：橘湾县城南路9号⟧ ⟦d 本站为社区公益网站⟧</footer>
</body></html>
""",
        body="""
各位居民：
近期快递包裹堆放在楼道、占用消防通道的情况较多，为保障居民安全，现通知如下：
一、快递员须将包裹送至小区南门驿站，不得堆放在楼道。
二、居民取件时请扫描驿站门口二维码登记。
三、驿站营业时间为每天8:00至21:00。
社区联系电话：0797-3302217
桔园社区居民委员会
2025年11月2日
""",
    ),
    dict(
        slug="community-shidiao-text-workshop",
        site="石巷社区网 (invented)",
        style="社区网站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://shixiang.sqw.cn/zj/2025/0115/14.html",
        title="石巷社区2024年“家门口就业”工作总结",
        record_title="石巷社区2024年“家门口就业”工作总结_石巷社区网",
        date="2025-01-15",
        notes="numbered list; chrome glued before a 。",
        page="""
!m 石巷社区网 · 邻里一家亲
!m 首页 / 社区工作 / 工作总结
{T}
!m 上传：社区办公室　2025-01-15　已读 88
{BODY}
!l 相关：石巷社区2025年工作计划
!m 社区服务热线：0595-2216600
""",
        indent="\u3000\u3000",
        body="""
2024年，石巷社区依托石雕产业优势，推进“家门口就业”，取得一定成效。
1.开办石雕打磨技能培训班4期，培训居民132人⟦m 社区网编辑部⟧。
2.对接辖区石雕企业19家，帮助86名居民实现就近就业。
3.设立零工服务站，全年发布用工信息420条。
2025年，社区将继续扩大培训规模，帮助更多居民在家门口就业。
""",
    ),
    dict(
        slug="assoc-fengye-html-pledge",
        site="蜜岭县蜂业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="http://www.mlfengye.org.cn/xhdt/2025/0520/108.html",
        title="关于诚信经营、拒售掺假蜂蜜的倡议",
        record_title="【协会倡议】关于诚信经营、拒售掺假蜂蜜的倡议",
        date="2025-05-20",
        notes="association site; 世界蜜蜂日 pledge; sentence about 分享 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【协会倡议】关于诚信经营、拒售掺假蜂蜜的倡议</title></head><body>
<header><div>⟦m 蜜岭县蜂业协会 MILING BEEKEEPING ASSOCIATION⟧</div><nav>⟦l 协会概况 会员单位 行业资讯 技术园地 入会申请⟧</nav></header>
<div class="crumb">⟦m 首页 → 协会动态⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 时间：2025-05-20 09:00　来源：协会秘书处⟧</div>
{BODY}
<div class="share">⟦l 分享至：朋友圈 微博 复制链接⟧</div>
<footer>⟦m 协会地址：蜜岭县百花路3号　电话：0771-4128800⟧<br>⟦m 桂ICP备19002233号-1⟧</footer>
</body></html>
""",
        body="""
全县会员单位和广大蜂农：
在第八个“世界蜜蜂日”到来之际，协会向大家发出如下倡议：
一、坚持真蜜真卖，不掺糖、不掺水、不以次充好；
二、建立养殖和销售台账，主动接受抽检；
三、欢迎大家把这份倡议分享给身边的蜂农朋友。
蜜岭县蜂业协会
2025年5月20日
""",
    ),
    dict(
        slug="assoc-ceramic-text-minutes",
        site="陶乡陶瓷行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.txtcxh.com/news/20250630/51.html",
        title="陶乡陶瓷行业协会第二届理事会第三次会议纪要",
        record_title="陶乡陶瓷行业协会第二届理事会第三次会议纪要 - 协会新闻",
        date="2025-06-30",
        notes="minutes lines kept; vote count; 印发 line kept",
        page="""
!m 陶乡陶瓷行业协会官网
!m 首页 » 协会新闻
{T}
!m 作者：秘书处　发布于 2025年6月30日
{BODY}
!a 分享到微信　打印
!d 转载请注明来源：陶乡陶瓷行业协会
""",
        body="""
时间：2025年6月28日
地点：协会会议室
主持：会长 柴火青
参会：理事22人，监事3人
一、审议通过《会员单位窑炉改造补助办法》（赞成21票，弃权1票）。
二、决定10月举办陶乡陶瓷博览会。
三、增补瓷城陶艺有限公司为理事单位。
陶乡陶瓷行业协会秘书处　2025年6月30日印发
""",
    ),
    dict(
        slug="corp-haijing-html-salt-recall",
        site="海晶盐业 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.haijingsalt.com/news/notice/2025/0410.html",
        title="关于部分批次日晒海盐包装标识错误的说明",
        record_title="关于部分批次日晒海盐包装标识错误的说明 | 海晶盐业",
        date="2025-04-10",
        notes="company site; customer line kept next to site hotline",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>关于部分批次日晒海盐包装标识错误的说明 | 海晶盐业</title><script src="/analytics.js"></script></head><body>
<header>⟦m 海晶盐业 HAIJING SALT⟧<nav>⟦l 关于我们 产品中心 新闻动态 社会责任 联系我们⟧</nav></header>
<div class="pos">⟦m 新闻动态 ＞ 企业公告⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025.04.10　浏览 612⟧</div>
{BODY}
<div class="cta">⟦a 在线订购　招商加盟⟧</div>
<footer>⟦m 全国服务热线：400-662-5858⟧ ⟦m © 2025 海晶盐业股份有限公司⟧</footer>
</body></html>
""",
        body="""
尊敬的消费者：
我公司生产日期为2025年3月15日至20日的500克日晒海盐，包装上的配料表印刷有误，产品质量不受影响。
已购买的消费者可凭包装到原购买门店免费调换。
消费者专线：0513-8866021
海晶盐业股份有限公司
2025年4月10日
""",
    ),
    dict(
        slug="corp-shizhun-text-watch-news",
        site="时准钟表 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.shizhunclock.cn/xw/2025/0918/31.html",
        title="时准钟表厂首款国产机芯座钟下线",
        record_title="时准钟表厂首款国产机芯座钟下线-时准钟表官网",
        date="2025-09-18",
        notes="company news; views meta; caption between paragraphs",
        page="""
!m 时准钟表 · 准时每一刻
!m 网站首页 | 企业新闻 | 产品展示 | 联系我们
{T}
!m 日期：2025-09-18　点击：277
{BODY}
!l 推荐产品：老式摆钟　电子万年历
!m 销售热线：0769-8551230　传真：0769-8551231
""",
        body="""
9月17日，时准钟表厂首款采用自研机芯的座钟正式下线。
这款座钟走时误差每天不超过5秒，外壳采用本地红木。
⟦m 新品座钟（企业供图）⟧
厂长钟准表示，今年将生产该款座钟3000台，主要销往华东市场。
""",
    ),
    dict(
        slug="training-mashu-html-course",
        site="骏程马术学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="brochure",
        form="html",
        source="https://www.junchengmashu.com/zs/2025summer.html",
        title="骏程马术学校2025年暑期班招生简章",
        record_title="骏程马术学校2025年暑期班招生简章（附课程表）",
        date=None,
        notes="course table kept; school's 报名电话 kept next to a 400 line; no date",
        page="""
<html><head><meta charset="utf-8"><title>骏程马术学校2025年暑期班招生简章（附课程表）</title></head><body>
<div class="hd">⟦m 骏程马术学校 让孩子与马一起成长⟧ ⟦w 免费试骑预约：400-900-6655⟧</div>
<nav>⟦l 学校介绍 课程体系 教练团队 学员风采⟧</nav>
<h1>{T}</h1>
{BODY}
<div class="pop">⟦a 立即报名享早鸟价⟧</div>
<footer>⟦m 骏程马术 版权所有⟧</footer>
</body></html>
""",
        body="""
一、招生对象：6至16周岁青少年。
二、课程设置
班型　课时　费用（元）
入门班　10课时　3800
进阶班　16课时　6200
三、报名方式：到校现场报名或电话报名。
报名电话：0471-6652210
""",
    ),
    dict(
        slug="training-xiangu-text-class",
        site="菇农学堂 (invented)",
        style="培训机构",
        genre="培训通知",
        kind="notice",
        form="text",
        source="http://www.gunongxuetang.com/px/2025/0301/9.html",
        title="关于举办香菇栽培技术培训班的通知",
        record_title="关于举办香菇栽培技术培训班的通知 - 菇农学堂",
        date="2025-03-01",
        notes="training school; wrapped; date under signature",
        page="""
!m 菇农学堂 — 学技术 找门路
!m 培训动态
{T}
!m 来源：菇农学堂　2025-03-01 15:12
{BODY}
!w 学技术加客服微信：gunong_666
!d 本站课程最终解释权归菇农学堂所有
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
各位菇农朋友：
为帮助大家提高香菇栽培水平，菇农学堂定于3月15日至17日在菇源县农技中心举办香菇栽培技术培训班。
培训内容包括菌棒制作、出菇管理、病虫害防治和产品销售，由县农技站专家授课。
培训免费，食宿自理，名额60人，报满为止。
菇农学堂
2025年3月1日
""",
    ),
]
