"""holdout153, part F: part C's styles again (and one more 文库 preview). Invented."""

CASES = [
    dict(
        slug="company-html-yaoshan-food-recall",
        site="瑄阳药食坊食品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.yaoshifang.example.com/gg/2025/0908.html",
        title="关于主动召回部分批次黄芪鸡汤料包的公告",
        record_title="【公司公告】关于主动召回部分批次黄芪鸡汤料包的公告",
        date="2025-09-08",
        notes="company site with shop button, sales hotline vs recall customer line; batch table",
        page="""
<html><head><meta charset="utf-8"><title>瑄阳药食坊食品有限公司</title></head><body>
<div class="hd">⟦m 药食坊 · 药食同源 健康到家⟧ ⟦a 进入官方商城⟧ ⟦m 订购热线 400-803-1177⟧</div>
<div class="nav">⟦m 首页 产品中心 品质溯源 新闻公告 联系我们⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 发布时间：2025-09-08⟧</div>
{BODY}
<div class="ft">⟦d ©2025 瑄阳药食坊食品有限公司 版权所有⟧ ⟦m 食品经营许可证：JY14503270019822⟧</div>
</body></html>
""",
        body="""
我公司在自检中发现，部分批次黄芪鸡汤料包中的枸杞水分含量偏高，存在霉变风险。为保障消费者健康，公司决定主动召回以下批次产品：
生产日期　批号　数量
2025年7月2日　HQ250702　1800袋
2025年7月9日　HQ250709　2100袋
已购买上述批次产品的消费者，可凭包装到原购买处退货，或拨打召回专线0776-7251830办理。
瑄阳药食坊食品有限公司
2025年9月8日
""",
    ),
    dict(
        slug="training-text-shapan-summer-camp",
        site="巧匠少儿模型学堂 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.qiaojiangmx.example.com/news/326.html",
        title="2025年暑期少儿沙盘模型营开营通知",
        record_title="2025年暑期少儿沙盘模型营开营通知（2025暑期班）",
        date="2025-07-05",
        notes="training school text page: trial-class prompt, WeChat consult, parents' list kept; class table",
        page="""
!m 巧匠少儿模型学堂　动手创造 快乐成长
!w 0元试听课火热预约中，加老师微信 qj_model01
{T}
!m 学堂教务处　2025-07-05
{BODY}
!w 课程咨询：黎老师 136****2207（微信同号）
!l 往期回顾：春季班结业作品展　｜　家长说
""",
        body="""
各位家长：
暑期少儿沙盘模型营将于7月12日开营，现将有关事项通知如下：
班级　年龄　上课时间
启蒙班　6-8岁　周二、周四上午
进阶班　9-12岁　周三、周五下午
请家长为孩子准备以下物品：
1. 围裙一件
2. 水杯一个
3. 小剪刀一把（圆头）
开营当天请于8:50前到达，家长可在教室外观看第一节课。
巧匠少儿模型学堂
2025年7月5日
""",
    ),
    dict(
        slug="fwapp-html-guiju-pledge-share",
        site="文思通写作 (invented writing app)",
        style="范文APP",
        genre="表态发言",
        kind="speech",
        form="html",
        source="https://m.wensitong.example.com/share/d/8Kq1ZtR",
        title="青年演员代表在桂剧团拜师仪式上的表态发言",
        record_title="青年演员代表在桂剧团拜师仪式上的表态发言｜文思通",
        date=None,
        notes="writing-app share HTML: open-app bar, AI-continue button glued, member unlock line; no date (share stamp only)",
        page="""
<html><head><meta name="viewport" content="width=device-width"><meta charset="utf-8"><title>青年演员代表在桂剧团拜师仪式上的表态发言｜文思通</title></head><body>
<div class="openapp">⟦a 在文思通App内打开⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 分享自 文思通用户 小叶子　·　1小时前⟧</div>
<div class="doc">
{BODY}
</div>
<div class="bar">⟦a 一键复制⟧ ⟦a 导出Word⟧ ⟦a 让AI再写一篇⟧</div>
</body></html>
""",
        body="""
尊敬的各位老师、各位领导：
今天，我们六名青年演员正式拜师，心里既激动又忐忑。
我们一定牢记师父的教诲，每天早上六点练功，风雨无阻；每学一出戏，都要把唱腔、身段、念白练扎实。⟦a AI续写⟧
⟦a 开通VIP查看剩余内容⟧
我们还要学做人、学艺德，不辜负师父们的心血，不辜负观众的期待。
谢谢大家！
""",
    ),
    dict(
        slug="gkforum-text-guiju-shenlun-essay",
        site="上岸吧公考社区 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="https://bbs.shanganba.example.com/t/66012",
        title="让地方戏在新时代“活”起来",
        record_title="[申论范文] 让地方戏在新时代“活”起来（附评分要点）",
        date=None,
        notes="exam forum essay with junk glued; moderator badge; relative time; no date",
        junk=dict(lines=1, glued=2),
        page="""
!m 上岸吧公考社区 » 申论 » 范文赏析
{T}
!m 版主 申论老罗 ｜ 5天前 ｜ 精华帖
{BODY}
!a 回复本帖可下载评分要点PDF
!l 本帖被收藏 204 次　｜　评分 +15
""",
        body="""
桂剧、彩调、粤剧……一个个地方剧种，是流淌在百姓血脉中的文化记忆。然而，观众老龄化、人才断层等问题，让不少地方戏面临困境。
让地方戏“活”起来，要守住根脉。唱腔、方言、程式是地方戏的灵魂，传承不能丢了本来。只有守住本色，才有辨识度。
让地方戏“活”起来，要拥抱时代。用新题材讲新故事，借助短视频、直播走进年轻人，老戏也能圈粉。
让地方戏“活”起来，要培育土壤。戏曲进校园、送戏下乡，让更多人看得到、听得懂、爱得上。
""",
    ),
    dict(
        slug="wiki-html-yaoshan-entry-catalog",
        site="知源百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://www.zhiyuanbaike.example.com/wiki/药膳",
        title="药膳",
        record_title="药膳 - 知源百科",
        date=None,
        notes="encyclopaedia HTML: edit links, catalogue, reference, contributors; example years inside; no date",
        page="""
<html><head><meta charset="utf-8"><title>药膳 - 知源百科</title></head><body>
<div class="top">⟦m 知源百科⟧ ⟦a 登录 | 创建词条⟧</div>
<h1>{T}</h1>
<div class="edit">⟦a [编辑] [收藏] [分享]⟧</div>
<div class="toc">⟦l 目录：1 概述 2 历史 3 原则⟧</div>
<div class="lemma">
{BODY}
</div>
<div class="ref">⟦l 参考资料 1.《中国食疗简史》⟧</div>
<div class="stat">⟦m 浏览次数：58210　编辑次数：23次　最近更新：2025-10-02⟧</div>
<div class="ft">⟦d 知源百科所有词条内容均由用户编辑，不代表本站观点⟧</div>
</body></html>
""",
        body="""
药膳是在中医药理论指导下，将药食同源的中药材与食材相配伍，经烹调制成的具有一定食养作用的膳食。
药膳的历史可以追溯到先秦时期，唐代孙思邈的著作中已有专门论述食疗的篇章。
药膳讲究辨证施膳，根据食用者的体质、季节和地域选择配方。
需要注意的是，药膳不能代替药物治疗。
""",
    ),
    dict(
        slug="netdisk-html-shapan-material-list",
        site="方舟网盘 (invented)",
        style="网盘分享",
        genre="清单",
        kind="other",
        form="html",
        source="https://pan.fangzhou.example.com/s/Xr90pLa",
        title="规划沙盘制作材料采购清单",
        record_title="规划沙盘制作材料采购清单.xlsx",
        date="2025-04-15",
        notes="cloud-drive HTML preview: file-name title, save/download, expiry, report; material table; date at the end",
        page="""
<html><head><meta charset="utf-8"><title>规划沙盘制作材料采购清单.xlsx_免费高速下载_方舟网盘</title></head><body>
<div class="bar">⟦m 方舟网盘⟧ ⟦a 登录⟧ ⟦a 下载客户端⟧</div>
<div class="file">⟦m 规划沙盘制作材料采购清单.xlsx　21.4KB　2025-04-16 分享⟧</div>
<div class="op">⟦a 保存到网盘⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</div>
<div class="preview">
<p>{T}</p>
{BODY}
</div>
<div class="tip">⟦m 链接有效期：7天后过期⟧ ⟦a 举报⟧</div>
</body></html>
""",
        body="""
序号　材料　规格　数量
1　亚克力板　3mm透明　120张
2　ABS板　1.5mm白色　200张
3　PVC发泡板　10mm　60张
4　贴片灯珠　暖白　8000颗
以上材料请于4月25日前到货。
衡景模型有限公司采购部
2025年4月15日
""",
    ),
    dict(
        slug="snapshot-text-guiju-stage-closure",
        site="搜搜快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://snapshot.sousou.example.com/?url=www.lcgjt.example.com/gg/77.html",
        title="关于古戏台维修期间暂停演出的公告",
        record_title=None,
        date="2025-08-01",
        notes="text-only cache: snapshot banner and highlight line; inner site chrome; snapshot stamp is no date",
        page="""
!d 您查看的是搜搜的网页快照，抓取时间 2025-08-06 11:02，页面内容可能已更新
!m 快照关键词：古戏台　维修
!m 珑川县桂剧团官网 > 剧团公告
{T}
{BODY}
!m 珑川县桂剧团　地址：珑川县戏台巷9号
""",
        body="""
各位观众：
因城中古戏台屋面漏雨、木构件老化，经文物部门批准，将于8月5日起进行维修，工期约三个月。
维修期间，原定在古戏台的周末演出改到县文化馆小剧场进行，时间不变。
给大家带来的不便，敬请谅解。
珑川县桂剧团
2025年8月1日
""",
    ),
    dict(
        slug="print-text-yaoshan-contest-rules",
        site="瑞岭市烹饪协会 (invented)",
        style="打印页",
        genre="规程",
        kind="other",
        form="text",
        source="https://www.rlpengren.example.org.cn/print/2025/512",
        title="瑞岭市首届药膳烹饪技能大赛竞赛规程",
        record_title="〔打印稿〕瑞岭市首届药膳烹饪技能大赛竞赛规程",
        date="2025-08-20",
        notes="text print view: print footer 页 1/1, URL line, print time stamp (not a date); decimal headings",
        page="""
!a [打印本页]　[返回]
!m https://www.rlpengren.example.org.cn/xhgg/2025/512.html
{T}
{BODY}
!m 打印时间：2025/9/3 16:20
!p 页 1/1
""",
        body="""
1 竞赛项目
1.1 热菜：选手自选药食同源食材制作药膳热菜一道。
1.2 汤品：现场抽取指定汤品一道。
2 评分标准
2.1 配伍合理占30分，口味占30分，刀工火候占20分，卫生占20分。
3 报名
3.1 各区县烹饪协会于9月5日前报送参赛选手名单。
瑞岭市烹饪协会
2025年8月20日
""",
    ),
    dict(
        slug="mail-html-yaoshan-webmail-reply",
        site="瑄阳政务邮 (invented webmail)",
        style="邮件转发",
        genre="请示",
        kind="other",
        form="html",
        source="https://mail.xuanyang.example.gov.cn/read.jsp?id=8801727",
        title="关于申请药膳产业发展专项资金的请示",
        record_title="答复：Re: 关于申请药膳产业发展专项资金的请示.docx",
        date="2025-10-09",
        date_also=["2025-10-13"],
        notes="webmail HTML reply chain: header table, quoted reply, attachment header; the 请示's own 联系人 and 附件 kept",
        page="""
<html><head><meta charset="utf-8"><title>瑄阳政务邮 - 读信</title></head><body>
<div class="tb">⟦a 返回　回复　转发　删除　更多⟧</div>
<table class="hdr">
<tr><td>⟦m 发件人：县财政局经建股&lt;jjg@xuanyang.example.gov.cn&gt;⟧</td></tr>
<tr><td>⟦m 发送时间：2025年10月13日(周一) 15:40⟧</td></tr>
<tr><td>⟦m 主题：答复：Re: 关于申请药膳产业发展专项资金的请示.docx⟧</td></tr>
</table>
<p>已收到，正在按程序审核，请补充项目预算明细。</p>
<div class="quote">⟦m ------------------ 原始邮件 ------------------⟧
<p>⟦m 发件人：县商务局⟧</p>
{BODY}
</div>
<div class="att">⟦m 附件（1 个）：关于申请药膳产业发展专项资金的请示.docx (32K)⟧ ⟦a 预览 下载⟧</div>
</body></html>
""",
        body="""
县人民政府：
为推进药膳产业发展，我局拟在2026年开展药膳示范餐厅创建、药膳师培训和区域品牌宣传三项工作，共需资金八十万元。
恳请县政府从县级产业发展专项资金中予以安排。
妥否，请批示。
联系人：韦丽娜，电话：0776-7228301。
附件：2026年药膳产业发展项目预算表
瑄阳县商务局
2025年10月9日
""",
    ),
    dict(
        slug="wenku-text-shapan-plan-wrapped-markers",
        site="书海文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.shuhaiwk.example.com/d/55102873.html",
        title="规划展览馆沙盘讲解员培训方案",
        record_title="规划展览馆沙盘讲解员培训方案（精选）",
        date="2025-03-20",
        notes="hard-wrapped at 56 columns and cut by lone page markers ～n～ glued or not; preview-end prompt",
        wrap=56,
        indent="　　",
        pages=dict(fmt="～{n}～", every=120, start=2, glue="mix"),
        page="""
!m 书海文库 · 文档预览
!m 4页　|　下载 37次　|　上传于 2025-03-28
{T}
{BODY}
!a 试读结束，余下内容请下载查看
!l 猜你喜欢：讲解员岗位职责　|　展馆接待礼仪培训
""",
        body="""
为提升规划展览馆讲解服务水平，特制定沙盘讲解员培训方案。
一、培训对象：展览馆全体讲解员及志愿讲解员，共二十二人。
二、培训内容：城市总体规划知识、沙盘各片区功能布局、灯光和多媒体系统操作、讲解礼仪与应急处置。
三、培训方式：集中授课与沙盘现场实操相结合，每名学员须独立完成一次十五分钟的沙盘讲解考核，考核不合格的继续跟班学习。
四、培训时间：2025年4月7日至4月18日。
玥湖县规划展览馆
2025年3月20日
""",
    ),
]
