"""holdout151, part E: turnips (蔓菁/芜菁) on a highland county's farms — growers, a
processing plant, seed and clinics. Invented text (sites, places, people, numbers); written by hand
case by case, see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="hospital-gaoyuan-turnip-clinic-text",
        site="岗原县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.gyxrmyy.example.com/yygg/2025/1020/512.html",
        title="关于开设高原病康复门诊的公告",
        record_title="【门诊公告】关于开设高原病康复门诊的公告",
        date="2025-10-20",
        notes="hospital text page: 预约挂号 and 急诊 lines as chrome beside the clinic's own 咨询电话 (kept); clinic-hours table; a sentence on a turnip-based diet kept",
        page="""
!m 岗原县人民医院　|　二级甲等综合医院
!m 预约挂号 0975-8402120　　急诊 0975-8402999
!m 首页 > 医院公告
{T}
!m 发布者：医务科　时间：2025-10-20　阅读：905
{BODY}
!l 上一条：流感疫苗接种开始预约
!d 版权所有 岗原县人民医院　未经许可请勿转载
""",
        body="""
为方便高原病患者就近康复，我院自11月1日起开设高原病康复门诊。
星期　坐诊医生　时间
周二　巴桑卓玛　8:30-12:00
周四　刘振宇　14:30-17:30
门诊将结合本地饮食习惯，为患者制定包括蔓菁在内的高原膳食方案。
咨询电话：0975-8402356（康复医学科）。
岗原县人民医院
2025年10月20日
""",
    ),
    dict(
        slug="university-gaoyuan-turnip-germplasm-html",
        site="雪原农牧学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xynmxy.example.edu.cn/xwzx/xyxw/2025/0912/3318.htm",
        title="我院蔓菁种质资源圃通过省级验收",
        record_title="我院蔓菁种质资源圃通过省级验收-雪原农牧学院",
        date="2025-09-12",
        notes="university news: 审核 credits glued, photo caption between paragraphs, sidebar list, footer 地址 and ICP",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我院蔓菁种质资源圃通过省级验收-雪原农牧学院</title></head><body>
<div class="top">⟦m 雪原农牧学院⟧ ⟦a 信息门户⟧ ⟦a 校园邮箱⟧ ⟦a English⟧</div>
<nav>⟦m 学校概况　院系设置　科学研究　招生就业　新闻中心⟧</nav>
<div class="loc">⟦m 位置：新闻中心 > 学院新闻⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 文：科研处　图：宣传部　时间：2025-09-12　浏览：811⟧</div>
<div class="v_news_content">
{BODY}
</div>
<aside>⟦l 学院新闻⟧<ul><li>⟦l 我院举行2025级新生开学典礼⟧</li><li>⟦l 牧草学科团队赴牧区开展调研⟧</li></ul></aside>
<footer>⟦m 地址：岗原市学府大道1号⟧ ⟦m 青ICP备05001122号⟧</footer>
</body></html>
""",
        body="""
9月10日，省农业农村厅组织专家对我院蔓菁种质资源圃进行验收，资源圃顺利通过。
资源圃建于2021年，目前保存各地蔓菁种质资源326份，其中地方品种218份。
⟦m 专家组在资源圃查看蔓菁长势⟧
专家组认为，资源圃布局合理、档案规范，为高原特色蔬菜育种提供了重要材料。⟦m （审核：多吉次仁）⟧
""",
    ),
    dict(
        slug="localforum-gangyuan-turnip-pickle-junk",
        site="岗原在线论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.gangyuan.example.net/t/40982",
        title="晒一下我家腌的蔓菁酸菜，做法附上",
        record_title="晒一下我家腌的蔓菁酸菜，做法附上 - 美食天地 - 岗原在线论坛",
        date="2025-11-23",
        notes="county forum text with junk lines and glued junk; IP location line; numbered steps kept",
        junk=dict(lines=2, glued=1),
        page="""
!m 岗原在线 › 生活 › 美食天地
{T}
!m 卓玛的厨房　　发表于 2025-11-23 19:47　　IP属地：青海
{BODY}
!l 赞 46　　收藏　　回复 18
!l 沙发　老岗原：看着就下饭
!a 本版块需要登录后回复，游客请先注册
""",
        body="""
入冬了，家家户户都开始腌酸菜，我家用的是自己种的蔓菁。
1.蔓菁洗净切片，叶子也留着，一起晾半天去掉水分。
2.大缸洗净擦干，一层蔓菁一层盐码放，最上面压上大石头。
3.放在阴凉处腌二十天左右就能吃了，酸爽脆口。
腌的时候千万不能沾油，不然容易坏。
""",
    ),
    dict(
        slug="download-nongji-turnip-storage-text",
        site="农技资料网 (invented)",
        style="资料下载站",
        genre="技术资料",
        kind="other",
        form="text",
        source="http://www.nongjizl.example.com/down/8871.html",
        title="蔓菁贮藏保鲜技术要点",
        record_title="蔓菁贮藏保鲜技术要点（免费下载）",
        date=None,
        notes="download station in text: file info lines, mirror links, report link; update stamp no date",
        page="""
!m 农技资料网 — 农业技术资料免费下载
!m 资料分类：蔬菜贮藏　资料格式：PDF　资料大小：1.2MB
!m 更新日期：2025-10-02　下载次数：1188
{T}
{BODY}
!a ↓ 本地下载　　↓ 高速下载　　↓ 镜像下载
!a 下载不了？点此报错
!d 本站所有资料均为网友提供，仅限学习研究使用
""",
        body="""
一、适时采收。蔓菁应在霜冻前采收，采收时去掉叶片，保留1厘米左右的叶柄。
二、预冷处理。采收后在阴凉处摊晾2至3天，降低块根温度。
三、窖藏管理。窖温保持在0至2℃，相对湿度90%左右，每隔15天检查一次，及时剔除烂根。
四、注意事项。贮藏期间防止受冻和发芽，春季气温回升后要加强通风。
""",
    ),
    dict(
        slug="exam-xueyuan-turnip-station-interview-html",
        site="雪原州人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.xyzrsks.example.gov.cn/ksgg/2025/0708/1190.html",
        title="雪原州高原蔬菜试验站2025年公开招聘工作人员面试公告",
        record_title="雪原州高原蔬菜试验站2025年公开招聘工作人员面试公告_考试公告_雪原州人事考试网",
        date="2025-07-08",
        notes="exam site: technical-support line chrome beside the committee's own 咨询电话 (kept); interview timetable; 下载打印 准考证 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>雪原州高原蔬菜试验站2025年公开招聘工作人员面试公告_考试公告_雪原州人事考试网</title></head><body>
<div class="hd">⟦m 雪原州人事考试网⟧ ⟦a 考生登录⟧ ⟦a 成绩查询⟧</div>
<div class="crumb">⟦m 首页 » 考试公告⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布日期：2025-07-08　信息来源：州人社局⟧</div>
{BODY}
<div class="tools">⟦a 【打印此页】⟧ ⟦a 【返回顶部】⟧</div>
<div class="ft">⟦m 报名系统技术咨询：0971-6203377⟧ ⟦d 雪原州人事考试中心 版权所有⟧</div>
</body></html>
""",
        body="""
根据公开招聘工作安排，现将雪原州高原蔬菜试验站公开招聘工作人员面试有关事项公告如下。
日期　时间　岗位
7月19日　8:30　蔬菜育种
7月19日　14:30　综合管理
面试考生请于7月15日至18日登录本网站下载打印面试通知书。
面试咨询电话：0971-6203182（州人社局事业单位人事管理科）。
雪原州人力资源和社会保障局
2025年7月8日
""",
    ),
    dict(
        slug="tender-gangyuan-turnip-slicer-text",
        site="岗原县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.gangyuan.example.gov.cn/cggg/2025/0603/221.html",
        title="岗原县蔓菁加工扶贫车间切片烘干设备采购项目招标公告",
        record_title="岗原县蔓菁加工扶贫车间切片烘干设备采购项目招标公告",
        date="2025-06-03",
        notes="tender in text: purchaser and agency contacts kept beside a CA hotline and platform hotline; lots table; 下载 sentence kept",
        page="""
!m 岗原县政府采购网
!m 采购公告 > 公开招标
{T}
!m 发布时间：2025-06-03 10:00　　阅读：233
{BODY}
!m CA数字证书办理热线：400-010-5577
!m 平台服务电话：0975-8129000
!l 【上一篇】县第二小学课桌椅采购项目结果公告
""",
        body="""
项目编号：GYCG-2025-041
包号　采购内容　预算（万元）
1　蔓菁切片机　38
2　热风烘干设备　112
投标人须在本网站下载招标文件，投标截止时间为2025年6月24日9时30分。
采购人：岗原县乡村振兴局　联系人：马女士　电话：0975-8120635
代理机构：青高招标代理有限公司　联系人：韩先生　电话：0975-8135520
""",
    ),
    dict(
        slug="lawfirm-xuefeng-turnip-seed-case-html",
        site="雪峰律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.xuefenglaw.example.com/anli/2025/0319/87.html",
        title="种子不发芽，种植户如何维权？——一起蔓菁种子纠纷案评析",
        record_title="案例评析｜种子不发芽，种植户如何维权？——一起蔓菁种子纠纷案评析",
        date="2025-03-19",
        notes="law firm: consult form, phone widget, disclaimer; 分享 bar; case analysis with numbered headings",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>案例评析｜种子不发芽，种植户如何维权？——一起蔓菁种子纠纷案评析</title></head><body>
<header>⟦m 雪峰律师事务所 · 专注农村法律服务十五年⟧</header>
<nav>⟦m 首页　律所简介　律师团队　案例评析　联系我们⟧</nav>
<h1>{T}</h1>
<div class="by">⟦m 雪峰律所 祁国栋律师　2025-03-19⟧</div>
{BODY}
<div class="share">⟦l 分享到：微信好友 朋友圈 复制链接⟧</div>
<form class="consult">⟦w 免费法律咨询　您的姓名＿＿　联系电话＿＿　提交⟧</form>
<footer>⟦d 本文仅供参考，不构成正式法律意见⟧ ⟦m 律所电话：0975-8200188⟧</footer>
</body></html>
""",
        body="""
【基本案情】种植户老马从某种业门店购买蔓菁种子20公斤，播种后出苗率不足三成，造成损失约4万元。
【法院观点】法院认为，种子经检验发芽率低于国家标准，门店应承担赔偿责任，判决赔偿老马种子款及可得利益损失共计3.6万元。
【律师提示】种植户购种时要索要发票，保留种子包装和样品，发现问题及时申请田间鉴定。
""",
    ),
    dict(
        slug="community-xiangyang-turnip-harvest-html",
        site="向阳社区 (invented)",
        style="社区网站",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xiangyangsq.example.com/dongtai/2025/10/26.html",
        title="向阳社区志愿者帮助独居老人收蔓菁",
        record_title=None,
        date="2025-10-26",
        notes="residents' site: app banner, weather widget; title missing in the record (h2 on the page); photo caption glued after a paragraph",
        page="""
<html><head><meta charset="utf-8"><title>向阳社区</title></head><body>
<div class="bar">⟦a 扫码下载“向阳邻里”APP⟧ <span>⟦m 今日 多云 -2~9℃⟧</span></div>
<div class="logo">⟦m 向阳社区　邻里守望　温暖同行⟧</div>
<div class="crumb">⟦m 首页 > 社区动态⟧</div>
<h2>向阳社区志愿者帮助独居老人收蔓菁</h2>
<div class="info">⟦m 2025-10-26　社区居委会　阅读 140⟧</div>
{BODY}
<div class="cmt">⟦l 居民评论（3）⟧ ⟦l 点赞 29⟧</div>
<footer>⟦m 社区服务电话：0975-8011200⟧</footer>
</body></html>
""",
        body="""
10月25日，向阳社区组织12名志愿者来到城郊菜地，帮助5户独居老人收获蔓菁。
志愿者们挖的挖、装的装，不到半天就收完了6亩地的蔓菁。⟦m 图：志愿者帮助老人装袋⟧
82岁的杨奶奶拉着志愿者的手说，往年收蔓菁要忙一个星期，今年半天就干完了。
""",
    ),
    dict(
        slug="association-gaoshu-turnip-minutes-text",
        site="岗原县高原蔬菜协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.gyscxh.example.org/news/2025/0305/19.html",
        title="岗原县高原蔬菜协会第二届理事会第四次会议纪要",
        record_title="【协会动态】岗原县高原蔬菜协会第二届理事会第四次会议纪要_岗原县高原蔬菜协会",
        date="2025-03-05",
        notes="association text: minutes' 时间/地点/主持/出席/记录 lines and a vote count kept; member login line chrome",
        page="""
!m 岗原县高原蔬菜协会
!a 会员入口　|　入会须知
!m 协会动态　发布：秘书处　2025-03-05
{T}
{BODY}
!l 【返回列表】
!m 协会地址：岗原县农贸路36号二楼
""",
        body="""
时间：2025年3月4日上午
地点：协会会议室
主持：会长 冶成林
出席：理事11人，监事2人
记录：秘书处 苏婷
会议审议通过了《2025年蔓菁品牌推广工作计划》，表决结果：同意11票，反对0票，弃权0票。
会议决定，5月在县城举办蔓菁产品展销会，由秘书处牵头筹备。
""",
    ),
    dict(
        slug="company-gaoyuanxian-turnip-juice-html",
        site="高原鲜食品有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.gyxfood.example.com/news/112.html",
        title="高原鲜蔓菁饮品生产线正式投产",
        record_title="高原鲜蔓菁饮品生产线正式投产 - 高原鲜食品",
        date="2025-08-08",
        record_date="2025-08-08",
        notes="company site: floating service box, shop button; dotted company date; 400 sales line chrome",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>高原鲜蔓菁饮品生产线正式投产 - 高原鲜食品</title></head><body>
<header>⟦m 高原鲜食品⟧ ⟦a 官方商城⟧ ⟦m 招商热线 400-633-0971⟧</header>
<nav>⟦m 首页　走进高原鲜　产品中心　新闻资讯　联系我们⟧</nav>
<h1>{T}</h1>
<div class="date">⟦m 2025.08.08⟧ ⟦m 来源：企业新闻⟧</div>
{BODY}
<div class="pn">⟦l 上一篇：公司参加西部农博会⟧ ⟦l 下一篇：公司荣获县级龙头企业称号⟧</div>
<div class="kf">⟦w 在线客服　工作时间 9:00-18:00⟧</div>
<footer>⟦d Copyright © 高原鲜食品有限公司⟧</footer>
</body></html>
""",
        body="""
8月6日，高原鲜食品有限公司蔓菁饮品生产线正式投产，年设计产能5000吨。
该生产线总投资2800万元，采用低温冷榨工艺，最大限度保留蔓菁的营养成分。
投产后每年可收购本地蔓菁8000吨，带动周边400余户农户增收。
""",
    ),
    dict(
        slug="training-gaonong-turnip-course-text",
        site="高农培训学校 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.gaonongpx.example.com/kc/2025-12.html",
        title="蔓菁高产栽培技术冬季培训班开课通知",
        record_title="蔓菁高产栽培技术冬季培训班开课通知（2025冬季班）",
        date="2025-11-28",
        notes="training school text: price and coupon lines, consultant WeChat, the school's own 报名电话 kept",
        page="""
!m 高农培训学校 · 新农人成长课堂
!a 新学员立减100元，报名即送《高原蔬菜栽培手册》
{T}
!m 课程顾问：小何　发布于 2025-11-28
{BODY}
!w 课程顾问微信：gaonong_he（备注“蔓菁”）
!l 热门课程：青稞种植　牦牛养殖　温室大棚
""",
        body="""
本期培训班定于12月8日开课，为期5天，地点在学校实训基地。
培训内容包括蔓菁选种、整地施肥、病虫害防治和贮藏加工。
每期招收学员40名，学费每人300元，食宿自理。
报名电话：0975-8233061。
""",
    ),
]
