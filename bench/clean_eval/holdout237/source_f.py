"""holdout237, part F: residents' sites, trade associations, company sites, training schools and
forwarded mails. Every page, site, place, person and number is invented."""

CASES = [
    dict(
        slug="community-lidong-notice-seniors-selfie-stick-class",
        site="坜东社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lidongsq.cn/tzgg/2024/1014/612.html",
        title="关于举办老年人手机摄影（自拍杆使用）培训班的通知",
        record_title="【社区课堂】关于举办老年人手机摄影（自拍杆使用）培训班的通知 - 坜东社区",
        date="2024-10-14",
        notes="residents' site: weather line, a grid worker's box and property repair lines beside the notice's "
        "own 咨询电话; 扫描二维码报名 stays in the body; a sign-up button glued after a sentence",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【社区课堂】关于举办老年人手机摄影（自拍杆使用）培训班的通知 - 坜东社区</title>
</head>
<body>
<div class="sq-top">⟦m 坜东社区网 · 邻里一家亲⟧ <span>⟦m 滧港镇　晴　17～26℃⟧</span></div>
<div class="sq-nav">⟦m 首页⟧ ⟦m 居务公开⟧ ⟦m 便民服务⟧ ⟦m 邻里活动⟧ ⟦m 党建园地⟧</div>
<div class="sq-pos">⟦m 当前位置：首页 » 居务公开⟧</div>
<div class="sq-art">
<h2>{T}</h2>
<div class="sq-info">⟦m 发布者：坜东社区居委会　发布于：2024-10-14　阅读 331⟧</div>
{BODY}
</div>
<div class="sq-grid">
<p>⟦m 我的网格员：第3网格　麦晓岚　138 7391 0625⟧</p>
<p>⟦m 物业报修：0739-5213300（24小时）⟧</p>
</div>
<div class="sq-foot">⟦m 坜东社区居民委员会　地址：滧港镇坜东路27号　湘ICP备22014481号⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
为帮助老年人跨越“数字鸿沟”，社区联合滧港镇老年学校举办老年人手机摄影培训班，重点教大家使用自拍杆拍合影、拍视频。
一、时间：10月19日（周六）上午9:00—11:00
二、地点：坜东社区党群服务中心二楼活动室
三、对象：辖区60岁以上老年人，限30人
四、报名方式：扫描社区公告栏上的二维码报名，或到社区服务大厅登记。⟦a 【我要报名】⟧
社区将为每位学员免费提供一根自拍杆，请带上自己的智能手机。
咨询电话：0739-5213087（社区服务大厅）
坜东社区居民委员会
2024年10月14日
""",
    ),
    dict(
        slug="community-chuanbu-volunteers-summary-suits-record-date",
        site="舡埠社区网 (invented residents' site, text)",
        style="社区网站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.chuanbusq.com/sqdt/2024/1230/409.html",
        title="舡埠社区2024年“红马甲”志愿服务队工作总结",
        record_title="舡埠社区2024年“红马甲”志愿服务队工作总结_社区动态_舡埠社区网",
        record_date="2024-12-30",
        date="2024-12-30",
        notes="date given by the record (the summary has no signature date); a volunteer sign-up line between "
        "paragraphs; a like/share row and a neighbourhood hot list",
        page="""
!m 舡埠社区网
!m 首页 > 社区动态 > 志愿服务
{T}
!m 2024-12-30　社区志愿者服务站　阅读 208
{BODY}
!a 👍 点赞 45　|　转发
!l 社区热帖：舡埠菜市场春节营业时间｜小区电动车充电桩新增20个
!m 舡埠社区居委会　值班电话：0735-6152071
""",
        indent="\u3000\u3000",
        body="""
2024年，舡埠社区“红马甲”志愿服务队共有注册志愿者86名，全年开展服务活动112场次，累计服务时长4300小时。
一是助老服务常态化。志愿者与辖区27户独居老人结对，每周上门探望，帮助代购、代缴、陪诊。
⟦a 想加入“红马甲”？戳这里在线登记⟧
二是卫生防疫有保障。春季流感高发期间，志愿者穿着防护服协助社区卫生服务站为行动不便的老人上门接种疫苗，共服务老人64人次；夏季汛后，志愿者穿上防护服对三个低洼小区进行环境消杀。
三是队伍建设更规范。全年组织急救、防护服穿脱等培训4次，志愿者持证率达到90%。
明年，服务队将继续扩大队伍，争取把服务延伸到每一个楼栋。
""",
    ),
    dict(
        slug="association-duanhu-fishing-gear-pledge-mesh-size",
        site="簖湖市渔具行业协会 (invented trade association)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.dhyjxh.org.cn/xhdt/2024/0221/133.html",
        title="关于规范渔网网目尺寸生产销售的倡议书",
        record_title="【协会发声】关于规范渔网网目尺寸生产销售的倡议书 - 簖湖市渔具行业协会",
        date="2024-02-20",
        notes="association site: member-login row, member hotline; 成文日期 in Chinese numerals; sharing the "
        "pledge to work groups stays in the body; the association's short name in the header",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【协会发声】关于规范渔网网目尺寸生产销售的倡议书 - 簖湖市渔具行业协会</title>
</head>
<body>
<div class="xh-top">⟦m 簖湖渔具协会⟧ <span>⟦m 服务会员　规范行业　保护资源⟧</span> <a>⟦a 会员单位登录⟧</a> <a>⟦a 入会申请⟧</a></div>
<div class="xh-nav">⟦m 首页⟧ ⟦m 协会概况⟧ ⟦m 协会动态⟧ ⟦m 政策法规⟧ ⟦m 会员风采⟧</div>
<div class="xh-pos">⟦m 首页 › 协会动态⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<div class="xh-info">⟦m 发布日期：2024-02-21　来源：协会秘书处⟧</div>
{BODY}
</div>
<div class="xh-side">⟦l 会员名录⟧ ⟦l 标准下载⟧ ⟦l 展会信息⟧</div>
<div class="xh-foot">⟦m 会员服务热线：0731-8665210　秘书处邮箱：mishuchu@dhyjxh.org.cn⟧<br>⟦m 湘ICP备19003377号⟧</div>
</body>
</html>
""",
        body="""
全市渔具生产、销售企业和个体经营户：
近年来，个别企业为追求销量，生产、销售网目尺寸小于国家标准的“绝户网”，严重破坏渔业资源，也损害了行业声誉。为此，本会向全体会员和从业者发出如下倡议：
一、严格执行渔具最小网目尺寸标准，不生产、不销售、不代加工违规网具。
二、在产品标签上如实标注网目尺寸、材质和适用水域。
三、发现违规生产销售行为，主动向渔业主管部门和本会反映。
四、积极参与废旧渔网回收，从源头减少“幽灵渔具”。
请各会员单位将本倡议分享到本单位工作群，组织员工学习。
簖湖市渔具行业协会
二〇二四年二月二十日
""",
    ),
    dict(
        slug="association-duanhu-optical-minutes-glasses-case-standard",
        site="簖湖市眼镜行业协会 (invented trade association, text)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.dhyjhy.org/hydt/2024/1111/58.html",
        title="簖湖市眼镜行业协会第三届理事会第五次会议纪要",
        date="2024-11-08",
        notes="title given by the record; the minutes' 时间/地点/主持/出席/记录 lines and a vote count stay in the "
        "body; the meeting date is the date; a members-only line glued after a sentence",
        page="""
!m 簖湖市眼镜行业协会　会员之家
!m 首页 ＞ 协会动态 ＞ 会议纪要
{T}
!m 发布：秘书处　2024-11-11　浏览 167
{BODY}
!a 会员单位登录后可查阅历次会议纪要
!l 往期纪要：第三届理事会第四次会议纪要
!m 簖湖市眼镜行业协会秘书处　联系电话：0731-8702516
""",
        body="""
时间：2024年11月8日上午9:00
地点：协会会议室
主持：会长　闵德昭
出席：理事21人（应到25人）
记录：秘书处　薛婉
会议审议通过了《眼镜盒及配套包装团体标准（征求意见稿）》修改稿。与会理事认为，目前市场上部分眼镜盒使用回收料，异味大、铰链易断，制定团体标准十分必要。⟦a （标准全文仅对会员开放）⟧
会议议定：一、标准正式稿由秘书处于12月15日前发布；二、2025年起，会员单位配镜赠送的眼镜盒应符合该标准；三、组织一次眼镜盒质量抽检，结果向会员通报。
表决结果：同意20票，弃权1票，反对0票。
""",
    ),
    dict(
        slug="company-mingshi-news-straw-fibre-glasses-cases",
        site="笱溪明视 (invented glasses-case maker's site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.gxmingshi.com/news/company/2024-04-22-66.html",
        title="明视推出秸秆纤维可降解眼镜盒",
        record_title="企业新闻 » 明视推出秸秆纤维可降解眼镜盒 — 笱溪明视",
        record_date="2024-04-22",
        date="2024-04-22",
        notes="company site: cookie notice, service float, product nav; the repeated title glued before the news "
        "lead; date given by the record; a product-ad line between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>企业新闻 » 明视推出秸秆纤维可降解眼镜盒 — 笱溪明视</title>
</head>
<body>
<div class="cookie">⟦d 本网站使用Cookie改善浏览体验，继续访问即表示同意⟧ <button>⟦a 知道了⟧</button></div>
<header>⟦m 笱溪明视 MINGSHI⟧ <span>⟦m 专注眼镜盒制造二十年⟧</span></header>
<nav>⟦m 首页⟧ ⟦m 产品中心⟧ ⟦m 定制服务⟧ ⟦m 新闻中心⟧ ⟦m 联系我们⟧</nav>
<div class="pos">⟦m 首页 / 新闻中心 / 企业新闻⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 2024-04-22　|　品牌部⟧</div>
{BODY}
</article>
<div class="rel">⟦l 上一条：明视通过ISO9001质量体系复审⟧ ⟦l 下一条：明视参加第十届眼镜配件展⟧</div>
<div class="float-kf">⟦w 在线客服　定制热线 400-873-6616⟧</div>
<footer>⟦m 笱溪县明视眼镜盒厂　地址：笱溪县工业园明德路8号　湘ICP备13020197号⟧</footer>
</body>
</html>
""",
        body="""
⟦t 明视推出秸秆纤维可降解眼镜盒⟧4月20日，笱溪县明视眼镜盒厂新建的可降解眼镜盒生产线正式投产。新产品以当地收购的稻麦秸秆纤维为主要原料，外壳可在自然环境中降解。
“以前的塑料眼镜盒用完就扔，很难回收。”厂长黎振洲介绍，新眼镜盒经过近两年研发，抗压强度达到了普通塑料盒的水平，重量还轻了约15%。
⟦a 【新品】秸秆眼镜盒现已接受定制，起订量500只⟧
新生产线年产能200万只，首批订单已发往三家眼镜连锁企业。每收购一吨秸秆，可为周边农户增收约300元。
下一步，工厂还将推出配套的可降解眼镜布包装袋。
""",
    ),
    dict(
        slug="company-anda-recall-insulating-gloves-batches",
        site="笱溪安达劳保 (invented PPE maker's site, text)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.gxanda-lb.com/gonggao/20241030.html",
        title="关于召回部分批次1级带电作业绝缘手套的公告",
        date="2024-10-30",
        notes="title given by the record; a recalled-batches table with production dates in it; the recall "
        "line beside the company's 400 order line; 成文日期 under the signature",
        page="""
!m 笱溪安达劳保用品有限公司　安全防护　始终如一
!m 首页 | 产品展示 | 公司公告 | 联系我们
{T}
!m 公司公告　2024-10-31 09:00　浏览 1402
{BODY}
!w 批量采购请致电订货热线 400-991-5827
!l 返回公告列表
!m 版权所有 © 笱溪安达劳保用品有限公司　湘ICP备16008824号-1
""",
        indent="\u3000\u3000",
        body="""
近期，我公司在产品留样复检中发现，部分批次1级带电作业绝缘手套的耐压性能存在不达标的风险。为保障用户安全，我公司决定主动召回以下批次产品：
产品型号　生产批号　生产日期
JY-1-36　240512　2024年5月12日
JY-1-36　240603　2024年6月3日
JY-1-40　240618　2024年6月18日
请使用上述批次产品的用户立即停止使用，并与我公司联系办理免费更换。
召回专线：0735-6178520（工作日9:00—17:00）
笱溪安达劳保用品有限公司
2024年10月30日
""",
    ),
    dict(
        slug="training-lutan-electrician-brochure-gloves-courses",
        site="甪滩技培学校 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.lutanjp.com/zs/dgz-2024.html",
        title="低压电工作业操作证培训招生简章",
        record_title="【低压电工证】低压电工作业操作证培训招生简章（周末速成）｜甪滩技培",
        date=None,
        notes="training school: promo banner, consult float and a 400 line beside the school's own 报名电话; a "
        "course table; a brochure has no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【低压电工证】低压电工作业操作证培训招生简章（周末速成）｜甪滩技培</title>
</head>
<body>
<div class="promo">⟦a 🔥 秋季班报名立减200元，仅剩12个名额⟧</div>
<div class="jp-head">⟦m 甪滩技培学校⟧ <span>⟦m 一技在手　就业无忧⟧</span> <span>⟦m 招生热线 400-606-9318⟧</span></div>
<div class="jp-nav">⟦m 首页⟧ ⟦m 特种作业证书班⟧ ⟦m 职业技能⟧ ⟦m 学员风采⟧ ⟦m 在线报名⟧</div>
<div class="jp-art">
<h1>{T}</h1>
{BODY}
</div>
<div class="jp-float">⟦w 课程顾问在线　扫码加微信咨询⟧</div>
<div class="jp-rel">⟦l 热门课程：高压电工证｜焊工证｜登高作业证⟧</div>
<div class="jp-foot">⟦m 甪滩技培学校　办学许可证号：43112220000317⟧<br>⟦m 湘ICP备21017765号⟧</div>
</body>
</html>
""",
        body="""
一、培训对象：年满18周岁、初中以上文化程度、身体健康的社会人员和企业职工。
二、课程安排
模块　内容　课时
安全技术理论　电工基础、安全用具、触电急救　32课时
实际操作　绝缘手套检查、验电、接地、低压配电装置操作　40课时
考前辅导　模拟考试、错题讲评　8课时
三、实操课上，学员将学习绝缘手套的充气检查和正确穿戴方法，学校统一提供合格的绝缘手套和绝缘鞋。
⟦a 免费试听一节实操课，点击预约⟧
四、考试合格后，由应急管理部门核发特种作业操作证。
五、学费：1680元（含教材、考试费）。
报名电话：0745-6617350　报名地址：甪滩镇职教路18号
""",
    ),
    dict(
        slug="training-guangying-trainee-essay-selfie-stick-video",
        site="光影手机摄影学堂 (invented training school, text)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.guangying-xuetang.com/xueyuan/zuopin/207.html",
        title="学了四节课，我终于会用自拍杆拍视频了",
        record_title="〔学员作品〕学了四节课，我终于会用自拍杆拍视频了 - 光影手机摄影学堂",
        date=None,
        notes="a trainee's essay on a school site: a course-ad line between paragraphs, a consult WeChat at the "
        "bottom; no date",
        page="""
!m 光影手机摄影学堂 · 人人都能拍大片
!m 首页 › 学员天地 › 学员作品
!t 〔学员作品〕学了四节课，我终于会用自拍杆拍视频了
!m 作者：进阶班学员 老周　阅读 859
{BODY}
!w 报名咨询：微信 gy_xuetang07（课程顾问小光）
!l 更多学员作品：退休后我成了家里的摄影师｜给孙女拍的第一支短片
!m 光影手机摄影学堂　guangying-xuetang.com
""",
        indent="\u3000\u3000",
        body="""
退休以后，我一直想给孙子拍点像样的视频，可每次举着自拍杆都拍得歪歪扭扭。上个月，女儿给我报了光影学堂的手机短视频入门班。
第一节课，老师就让我们把自拍杆收到最短，两只手握住，说这样最稳。原来我以前总把杆子拉到最长，手一抖画面就跟着晃。
⟦a 入门班第12期火热招生中，点击查看课表⟧
第二节课学构图，老师教我们把人放在画面三分之一的位置，自拍杆稍微举高一点，拍出来脸显得小。
后两节课学剪辑，我学会了加字幕和音乐。上周末带孙子去公园，拍了一段两分钟的小视频，发到家庭群里，大家都说拍得好。
活到老，学到老。下个月，我还想报名进阶班。
""",
    ),
    dict(
        slug="mail-jingyou-forward-letter-custom-glasses-cases",
        site="鲸邮 (invented webmail, reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.jingyou.cn/read?mid=ZC4417-8830aa21&folder=inbox",
        title="关于定制店庆纪念眼镜盒的函",
        record_title="转发: 回复: 关于定制店庆纪念眼镜盒的函",
        date="2024-08-05",
        date_also=["2024-08-06", "2024-08-07"],
        notes="webmail reading view: mail headers (from, to, 抄送, time), a forwarded header, an attachment bar "
        "beside the letter's own 附件 list and its own 联系人/电话/邮箱; the mail's send date differs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>转发: 回复: 关于定制店庆纪念眼镜盒的函 - 鲸邮</title>
<script src="https://mail.jingyou.cn/js/read.min.js"></script>
</head>
<body>
<div class="jm-top">⟦m 鲸邮 · 企业邮箱⟧ <span>⟦m zhouqi@gxmingshi.com⟧</span> <a>⟦a 写信⟧</a> <a>⟦a 收信⟧</a> <a>⟦a 通讯录⟧</a></div>
<div class="jm-folders">⟦m 收件箱(12)　星标邮件　草稿箱　已发送　垃圾邮件⟧</div>
<div class="jm-read">
<div class="jm-subject">⟦t 转发: 回复: 关于定制店庆纪念眼镜盒的函⟧</div>
<table class="jm-head">
<tr><td>⟦m 发件人：⟧</td><td>⟦m 销售部-周琪 &lt;zhouqi@gxmingshi.com&gt;⟧</td></tr>
<tr><td>⟦m 收件人：⟧</td><td>⟦m 生产部-黎厂长 &lt;lizz@gxmingshi.com&gt;⟧</td></tr>
<tr><td>⟦m 抄　送：⟧</td><td>⟦m 设计部 &lt;design@gxmingshi.com&gt;⟧</td></tr>
<tr><td>⟦m 时　间：⟧</td><td>⟦m 2024年8月7日（星期三）上午10:26⟧</td></tr>
</table>
<div class="jm-body">
<p>⟦m 黎厂长：亨通那边的正式函件见下，请安排打样。周琪⟧</p>
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 发件人：芮静 &lt;ruijing@htyj-optical.cn&gt;　发送时间：2024-08-06 17:48⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="jm-attach">
<p>⟦a 📎 附件 2 个（共 3.1MB）　全部下载　打包预览⟧</p>
<p>⟦a 烫印图案设计稿.ai (2.7MB)　下载　预览⟧</p>
<p>⟦a 门店收货地址清单.xlsx (0.4MB)　下载　预览⟧</p>
</div>
<div class="jm-ops">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
</div>
<div class="jm-foot">⟦m 鲸邮 · 让沟通更高效⟧</div>
</body>
</html>
""",
        body="""
笱溪县明视眼镜盒厂：
我公司将于10月迎来建店二十周年。为答谢老顾客，拟定制一批店庆纪念眼镜盒，随配镜赠送。现将有关需求函告如下：
一、数量：3000只，分两批交货，首批1500只于9月20日前送达。
二、样式：深蓝色硬壳翻盖，盒盖烫印“滧港亨通眼镜·廿周年”字样，内衬浅灰色绒布。
三、请贵厂于8月15日前寄送样品两只，并提供报价单。
附件：1.烫印图案设计稿
2.门店收货地址清单
联系人：采购部　芮静　电话：0739-5376621　邮箱：ruijing@htyj-optical.cn
滧港亨通眼镜有限公司
2024年8月5日
""",
    ),
    dict(
        slug="mail-forward-text-meeting-notice-net-subsidy",
        site="滘江县水产站 mail forward (invented, plain-text mail)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:scz@jiaojiang-ny.cn?subject=fwd-20240111",
        title="关于召开渔网更新补贴政策说明会的通知",
        record_title="转发邮件：关于召开渔网更新补贴政策说明会的通知",
        date="2024-01-10",
        date_also=["2024-01-11"],
        notes="a forwarded plain-text mail: forward headers with their own 抄送 beside the notice's own 抄送 line; "
        "附件 line; sending the reply slip by mail stays in the body; the mail's send date differs",
        page="""
!m -------- 转发邮件信息 --------
!m 发件人："县水产站" <scz@jiaojiang-ny.cn>
!m 发送时间：2024年1月11日 星期四 08:47
!m 收件人："垵口镇渔业合作社" <akyyhzs@163mail.cn>
!m 抄送："埒头镇农业综合服务中心" <ltnyzx@jiaojiang-ny.cn>
!t 主题：转发邮件：关于召开渔网更新补贴政策说明会的通知
{T}
{BODY}
!m ==== 原邮件结束 ====
!d 此邮件及附件仅发送给指定收件人，如误收请删除
!a 附件：参会回执.docx（18KB）　下载　在线预览
""",
        body="""
各渔业合作社、养殖大户：
为做好2024年渔网更新补贴发放工作，县农业农村局定于1月16日召开渔网更新补贴政策说明会。现将有关事项通知如下：
一、时间：2024年1月16日（星期二）上午9:00
二、地点：县农业农村局五楼会议室
三、参会人员：各渔业合作社负责人，养殖面积50亩以上的养殖大户
四、会议内容：解读补贴对象、标准和申报流程，现场答疑。
请参会人员携带合作社营业执照复印件，并于1月12日前将参会回执发送至县水产站邮箱。
附件：参会回执
滘江县农业农村局
2024年1月10日
抄送：县财政局，各镇农业综合服务中心。
""",
    ),
]
